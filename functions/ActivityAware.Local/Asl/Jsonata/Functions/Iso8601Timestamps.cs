using System.Globalization;
using System.Text.RegularExpressions;

namespace ActivityAware.Local.Asl.Jsonata.Functions;

/// <summary>
/// JavaScript's Date.parse for ISO 8601 timestamps: YYYY[-MM[-DD]][THH:mm[:ss[.fff]]][Z|±HH[:]mm], read as UTC when no offset is
/// given (Step Functions evaluates in UTC), days up to 31 carried into the next month as V8 does, NaN for other field values.
/// </summary>
public static partial class Iso8601Timestamps
{
    public static double Parse(string timestamp)
    {
        var m = Timestamp().Match(timestamp);
        if (!m.Success)
            return double.NaN;
        int Field(string name, int missing) => m.Groups[name].Success ? int.Parse(m.Groups[name].Value, CultureInfo.InvariantCulture) : missing;
        var year = Field("year", 0);
        var month = Field("month", 1);
        var day = Field("day", 1);
        var hour = Field("hour", 0);
        var minute = Field("minute", 0);
        var second = Field("second", 0);
        var fraction = m.Groups["fraction"].Success ? m.Groups["fraction"].Value.PadRight(3, '0')[..3] : "0";
        var millis = int.Parse(fraction, CultureInfo.InvariantCulture);
        if (month is < 1 or > 12 || day is < 1 or > 31 || minute > 59 || second > 59 || hour > 24 || (hour == 24 && (minute | second | millis) != 0))
            return double.NaN;
        var offsetMinutes = 0;
        if (m.Groups["offsetHours"].Success)
        {
            offsetMinutes = Field("offsetHours", 0) * 60 + Field("offsetMinutes", 0);
            if (m.Groups["sign"].Value == "-")
                offsetMinutes = -offsetMinutes;
        }
        // Not UtcCalendar.ToMillis: Date.parse takes years 0 to 99 as they are.
        var days = UtcCalendar.ToMillis(2000, (year - 2000) * 12 + month - 1, day) / UtcCalendar.MillisPerDay;
        return days * UtcCalendar.MillisPerDay + ((hour * 60 + minute - offsetMinutes) * 60 + second) * 1000.0 + millis;
    }

    [GeneratedRegex(@"^(?<year>[0-9]{4})(?:-(?<month>[0-9]{2})(?:-(?<day>[0-9]{2}))?)?(?:T(?<hour>[0-9]{2}):(?<minute>[0-9]{2})(?::(?<second>[0-9]{2})(?:\.(?<fraction>[0-9]+))?)?)?(?:Z|(?<sign>[+-])(?<offsetHours>[0-9]{2}):?(?<offsetMinutes>[0-9]{2}))?\z")]
    private static partial Regex Timestamp();
}
