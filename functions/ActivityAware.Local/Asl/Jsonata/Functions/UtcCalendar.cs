namespace ActivityAware.Local.Asl.Jsonata.Functions;

/// <summary>
/// The proleptic Gregorian calendar in UTC as JavaScript's Date sees it: epoch milliseconds to fields and back (Date.UTC, with its
/// carrying of out-of-range months and days and its reading of years 0 to 99 as 1900 to 1999).
/// </summary>
public static class UtcCalendar
{
    public const double MillisPerDay = 86_400_000;

    /// <summary>Date.UTC(year, monthFromZero, day, hours, minutes, seconds, millis).</summary>
    public static double ToMillis(double year, double monthFromZero, double day = 1, double hours = 0, double minutes = 0, double seconds = 0, double millis = 0)
    {
        double[] parts = [year, monthFromZero, day, hours, minutes, seconds, millis];
        if (parts.Any(p => !double.IsFinite(p)))
            return double.NaN;
        var y = Math.Truncate(year);
        if (y is >= 0 and <= 99)
            y += 1900;
        var m = Math.Truncate(monthFromZero);
        y += Math.Floor(m / 12);
        m = ((m % 12) + 12) % 12;
        var days = DaysFromCivil((long)y, (int)m + 1, 1) + Math.Truncate(day) - 1;
        return days * MillisPerDay + Math.Truncate(hours) * 3_600_000 + Math.Truncate(minutes) * 60_000 + Math.Truncate(seconds) * 1000 + Math.Truncate(millis);
    }

    public static UtcDateTime FromMillis(double epochMillis)
    {
        var millis = Math.Truncate(epochMillis);
        var days = Math.Floor(millis / MillisPerDay);
        var timeOfDay = (long)(millis - days * MillisPerDay);
        var (year, month, day) = CivilFromDays((long)days);
        var weekday = (int)(((long)days % 7 + 11) % 7);
        return new UtcDateTime(millis, year, month, day, (int)(timeOfDay / 3_600_000), (int)(timeOfDay / 60_000 % 60),
            (int)(timeOfDay / 1000 % 60), (int)(timeOfDay % 1000), weekday);
    }

    // Howard Hinnant's days_from_civil and civil_from_days: exact for any year, day 0 = 1970-01-01.
    private static long DaysFromCivil(long year, int month, int day)
    {
        year -= month <= 2 ? 1 : 0;
        var era = (year >= 0 ? year : year - 399) / 400;
        var yearOfEra = year - era * 400;
        var dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
        var dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * 146097 + dayOfEra - 719468;
    }

    private static (long Year, int Month, int Day) CivilFromDays(long days)
    {
        days += 719468;
        var era = (days >= 0 ? days : days - 146096) / 146097;
        var dayOfEra = days - era * 146097;
        var yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
        var dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
        var mp = (5 * dayOfYear + 2) / 153;
        var day = (int)(dayOfYear - (153 * mp + 2) / 5 + 1);
        var month = (int)(mp < 10 ? mp + 3 : mp - 9);
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day);
    }
}
