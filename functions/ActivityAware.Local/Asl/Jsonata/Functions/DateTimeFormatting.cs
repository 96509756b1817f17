using System.Text;

namespace ActivityAware.Local.Asl.Jsonata.Functions;

/// <summary>$fromMillis: epoch milliseconds written by a date-time picture (ISO 8601 by default), in UTC or a "±hhmm" timezone.</summary>
public static class DateTimeFormatting
{
    public static string FromMillis(double millis, string? picture = null, string? timezone = null)
    {
        // As jsonata-js: parseInt of the timezone read as hhmm, the hours floored, so "-0530" is hours −6 and minutes −30.
        double offsetHours = 0, offsetMinutes = 0;
        if (timezone is not null)
        {
            var offset = JavaScriptNumbers.ParseInt(timezone);
            offsetHours = Math.Floor(offset / 100);
            offsetMinutes = offset % 100;
        }
        var markers = DateTimePicture.Analyse(picture ?? DateTimePicture.Iso8601);
        var date = UtcCalendar.FromMillis(millis + (60 * offsetHours + offsetMinutes) * 60 * 1000);
        var result = new StringBuilder();
        foreach (var marker in markers)
            result.Append(marker.IsLiteral ? marker.Literal : FormatComponent(date, marker, offsetHours, offsetMinutes));
        return result.ToString();
    }

    private static string FormatComponent(UtcDateTime date, DateTimeMarker marker, double offsetHours, double offsetMinutes)
    {
        var value = DateTimeComponents.Value(date, marker.Component);
        if ("YMDdFWwXxHhms".Contains(marker.Component))
        {
            var number = (double)value!;
            if (marker.Component == 'Y' && marker.YearDigits != -1)
                number %= Math.Pow(10, marker.YearDigits);
            return marker.Names is { } names ? Name(number, marker, names) : IntegerFormatting.Format(number, marker.IntegerFormat!);
        }
        if (marker.Component == 'f')
            return IntegerFormatting.Format((double)value!, marker.IntegerFormat!);
        if (marker.Component is 'Z' or 'z')
            return Timezone(marker, offsetHours, offsetMinutes);
        // Only the upper-case name modifier changes am/pm ([PN] is "PM"; [Pn] and [PNn] stay "pm").
        if (marker.Component == 'P' && marker.Names == LetterCase.Upper)
            return ((string)value!).ToUpperInvariant();
        return value as string ?? "undefined";
    }

    private static string Name(double number, DateTimeMarker marker, LetterCase names)
    {
        var name = marker.Component switch
        {
            'M' or 'x' => CalendarNames.Months[(int)number - 1],
            'F' => CalendarNames.Days[(int)number],
            _ => throw new JsonataException("D3133", $"The 'name' modifier can only be applied to months and days in the date/time picture string, not {marker.Component}"),
        };
        name = names switch { LetterCase.Upper => name.ToUpperInvariant(), LetterCase.Lower => name.ToLowerInvariant(), _ => name };
        return marker.MaxWidth is { } max && name.Length > max ? name[..(int)max] : name;
    }

    private static string Timezone(DateTimeMarker marker, double offsetHours, double offsetMinutes)
    {
        var format = marker.IntegerFormat!;
        var offset = offsetHours * 100 + offsetMinutes;
        string text;
        if (format.RegularGrouping is not null)
        {
            text = IntegerFormatting.Format(offset, format);
        }
        else if (format.MandatoryDigits is 1 or 2)
        {
            text = IntegerFormatting.Format(offsetHours, format);
            if (offsetMinutes != 0)
                text += ":" + IntegerFormatting.FormatInteger(offsetMinutes, "00");
        }
        else if (format.MandatoryDigits is 3 or 4)
        {
            text = IntegerFormatting.Format(offset, format);
        }
        else
        {
            throw new JsonataException("D3134", "The timezone integer format specifier cannot have more than four digits");
        }
        if (offset >= 0)
            text = "+" + text;
        if (marker.Component == 'z')
            text = "GMT" + text;
        return offset == 0 && marker.Presentation2 == 't' ? "Z" : text;
    }
}
