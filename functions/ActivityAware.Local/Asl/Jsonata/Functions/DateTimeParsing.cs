using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ActivityAware.Local.Asl.Jsonata.Functions;

/// <summary>
/// $toMillis: epoch milliseconds of a timestamp, ISO 8601 by default or read with a date-time picture. As jsonata-js, components the
/// picture leaves out are taken from "now" when more significant than the given ones and zero (or 1 for months and days) when less.
/// </summary>
public static partial class DateTimeParsing
{
    /// <summary>Returns null when the timestamp does not match the picture, or when the picture has no components.</summary>
    public static double? ToMillis(string timestamp, string? picture, double nowMillis)
    {
        if (picture is null)
        {
            if (!Iso8601Shape().IsMatch(timestamp))
                throw JsonataErrors.Create("D3110", value: timestamp);
            return Iso8601Timestamps.Parse(timestamp);
        }
        return Parse(timestamp, DateTimePicture.Analyse(picture), UtcCalendar.FromMillis(nowMillis));
    }

    private sealed record ComponentReader(char Component, string Pattern, Func<string, double>? Read);

    private static double? Parse(string timestamp, IReadOnlyList<DateTimeMarker> markers, UtcDateTime now)
    {
        var readers = markers.Select(Reader).ToList();
        var pattern = new StringBuilder("^");
        foreach (var reader in readers)
            pattern.Append('(').Append(reader.Pattern).Append(')');
        var match = Regex.Match(timestamp, pattern.Append(@"\z").ToString(), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        if (!match.Success)
            return null;
        var components = new Dictionary<char, double>();
        for (var i = 0; i < readers.Count; i++)
        {
            if (readers[i].Read is { } read)
                components[readers[i].Component] = read(match.Groups[i + 1].Value);
        }
        if (components.Count == 0)
            return null;
        return ComponentsToMillis(components, now);
    }

    private static double ComponentsToMillis(Dictionary<char, double> components, UtcDateTime now)
    {
        // jsonata-js tests presence by truthiness here: a component read as 0 (midnight, "am") counts as absent.
        int Mask(string letters) => letters.Aggregate(0, (mask, c) => (mask << 1) + (components.TryGetValue(c, out var v) && v != 0 && !double.IsNaN(v) ? 1 : 0));
        bool IsType(int type, int mask) => (~type & mask) == 0 && (type & mask) != 0;
        var dateMask = Mask("YXMxWwdD");
        var dateA = IsType(0b10100001, dateMask);
        var dateB = !dateA && IsType(0b10000010, dateMask);
        var dateC = IsType(0b01010100, dateMask);
        var dateD = !dateC && IsType(0b01001000, dateMask);
        var timeMask = Mask("PHhmsf");
        var timeA = IsType(0b010111, timeMask);
        var timeB = !timeA && IsType(0b101111, timeMask);

        var order = (dateB ? "YD" : dateC ? "XxwF" : dateD ? "XWF" : "YMD") + (timeB ? "Phmsf" : "Hmsf");
        bool startSpecified = false, endSpecified = false;
        foreach (var part in order)
        {
            if (!components.ContainsKey(part))
            {
                if (startSpecified)
                {
                    components[part] = "MDd".Contains(part) ? 1 : 0;
                    endSpecified = true;
                }
                else
                {
                    components[part] = DateTimeComponents.Value(now, part) is double value ? value : double.NaN;
                }
            }
            else
            {
                startSpecified = true;
                if (endSpecified)
                    throw new JsonataException("D3136", "The date/time picture string is missing specifiers required to parse the timestamp");
            }
        }
        components['M'] = components.TryGetValue('M', out var month) && month > 0 ? month - 1 : 0;
        if (dateB)
        {
            var derived = UtcCalendar.FromMillis(UtcCalendar.ToMillis(components['Y'], 0) + (components['d'] - 1) * UtcCalendar.MillisPerDay);
            components['M'] = derived.Month - 1;
            components['D'] = derived.Day;
        }
        if (dateC || dateD)
            throw new JsonataException("D3136", "The date/time picture string is missing specifiers required to parse the timestamp");
        if (timeB)
        {
            components['H'] = components['h'] == 12 ? 0 : components['h'];
            if (components['P'] == 1)
                components['H'] += 12;
        }
        double Get(char c) => components.TryGetValue(c, out var v) ? v : double.NaN;
        var millis = UtcCalendar.ToMillis(Get('Y'), Get('M'), Get('D'), Get('H'), Get('m'), Get('s'), Get('f'));
        var offset = components.TryGetValue('Z', out var z) && z != 0 && !double.IsNaN(z) ? z
            : components.TryGetValue('z', out var gmt) && gmt != 0 && !double.IsNaN(gmt) ? gmt : 0;
        return millis - offset * 60 * 1000;
    }

    private static ComponentReader Reader(DateTimeMarker marker)
    {
        if (marker.IsLiteral)
            return new ComponentReader('\0', Regex.Escape(marker.Literal!), null);
        if (marker.Component is 'Z' or 'z')
            return TimezoneReader(marker);
        if (marker.IntegerFormat is { } format)
            return IntegerReader(marker.Component, format, marker.Component == 'Y' ? marker.YearDigits : -1);
        return NameReader(marker);
    }

    private static ComponentReader TimezoneReader(DateTimeMarker marker)
    {
        var separator = marker.IntegerFormat!.RegularGrouping?.Character;
        var gmt = marker.Component == 'z';
        var pattern = (gmt ? "GMT" : "") + "[-+][0-9]+" + (separator is null ? "" : Regex.Escape(separator) + "[0-9]+");
        return new ComponentReader(marker.Component, pattern, text =>
        {
            if (gmt)
                text = text[3..];
            double hours, minutes = 0;
            if (separator is not null)
            {
                var at = text.IndexOf(separator, StringComparison.Ordinal);
                hours = JavaScriptNumbers.ParseInt(text[..at]);
                minutes = JavaScriptNumbers.ParseInt(text[(at + separator.Length)..]);
            }
            else if (text.Length - 1 <= 2)
            {
                hours = JavaScriptNumbers.ParseInt(text);
            }
            else
            {
                hours = JavaScriptNumbers.ParseInt(text[..3]);
                minutes = JavaScriptNumbers.ParseInt(text[3..]);
            }
            return hours * 60 + minutes;
        });
    }

    private static ComponentReader IntegerReader(char component, IntegerPicture format, int digits)
    {
        var upper = format.Case == LetterCase.Upper;
        var pattern = format.Primary switch
        {
            IntegerPresentation.Letters => upper ? "[A-Z]+" : "[a-z]+",
            IntegerPresentation.Roman => upper ? "[MDCLXVI]+" : "[mdclxvi]+",
            IntegerPresentation.Words => "(?:" + string.Join("|", NumberWords.WordValues.Keys.Concat(["and", @"[\-, ]"])) + ")+",
            IntegerPresentation.Decimal => "[0-9]" + (digits > 0 ? "{" + digits.ToString(CultureInfo.InvariantCulture) + "}" : "+") +
                (format.Ordinal ? "(?:th|st|nd|rd)" : ""),
            _ => throw JsonataErrors.Create("D3130", value: format.Token),
        };
        return new ComponentReader(component, pattern, text => IntegerParsing.Parse(text, format));
    }

    private static ComponentReader NameReader(DateTimeMarker marker)
    {
        string Cut(string name) => marker.MaxWidth is { } max && max > 0 && name.Length > max ? name[..(int)max] : name;
        var names = new Dictionary<string, double>(StringComparer.Ordinal);
        switch (marker.Component)
        {
            case 'M' or 'x':
                for (var i = 0; i < CalendarNames.Months.Count; i++)
                    names[Cut(CalendarNames.Months[i])] = i + 1;
                break;
            case 'F':
                for (var i = 1; i < CalendarNames.Days.Count; i++)
                    names[Cut(CalendarNames.Days[i])] = i;
                break;
            case 'P':
                names = new Dictionary<string, double>(StringComparer.Ordinal) { ["am"] = 0, ["AM"] = 0, ["pm"] = 1, ["PM"] = 1 };
                break;
            default:
                throw new JsonataException("D3133", $"The 'name' modifier can only be applied to months and days in the date/time picture string, not {marker.Component}");
        }
        return new ComponentReader(marker.Component, "[a-zA-Z]+", text => names.TryGetValue(text, out var value) ? value : double.NaN);
    }

    [GeneratedRegex(@"^[0-9]{4}(-[01][0-9])*(-[0-3][0-9])*(T[0-2][0-9]:[0-5][0-9]:[0-5][0-9])*(\.[0-9]+)?([+-][0-2][0-9]:?[0-5][0-9]|Z)?\z")]
    private static partial Regex Iso8601Shape();
}
