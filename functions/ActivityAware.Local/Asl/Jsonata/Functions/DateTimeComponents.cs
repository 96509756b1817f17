namespace ActivityAware.Local.Asl.Jsonata.Functions;

/// <summary>
/// The value of each date-time component letter for a UTC date (jsonata-js getDateTimeFragment), including its ISO week
/// extensions: W and w (week of year and month, weeks starting Monday, week 1 holding the first Thursday), X and x (the year and
/// month those weeks belong to).
/// </summary>
public static class DateTimeComponents
{
    /// <summary>A number, "am"/"pm" for P, "ISO" for C and E, or null for a letter that names no component (and for Z and z).</summary>
    public static object? Value(UtcDateTime date, char component) => component switch
    {
        'Y' => (double)date.Year,
        'M' => (double)date.Month,
        'D' => (double)date.Day,
        'd' => (UtcCalendar.ToMillis(date.Year, date.Month - 1, date.Day) - UtcCalendar.ToMillis(date.Year, 0)) / UtcCalendar.MillisPerDay + 1,
        'F' => date.DayOfWeek == 0 ? 7.0 : date.DayOfWeek,
        'W' => WeekOfYear(date),
        'w' => WeekOfMonth(date),
        'X' => WeekNumberingYear(date),
        'x' => WeekNumberingMonth(date),
        'H' => (double)date.Hour,
        'h' => date.Hour % 12 == 0 ? 12.0 : date.Hour % 12,
        'P' => date.Hour >= 12 ? "pm" : "am",
        'm' => (double)date.Minute,
        's' => (double)date.Second,
        'f' => (double)date.Millisecond,
        'C' or 'E' => "ISO",
        _ => null,
    };

    /// <summary>Epoch millis of the Monday starting week 1 of the month (ISO 8601's rule, which F&amp;O extends to months).</summary>
    private static double StartOfFirstWeek(long year, int monthFromZero)
    {
        var first = UtcCalendar.ToMillis(year, monthFromZero);
        var weekday = UtcCalendar.FromMillis(first).DayOfWeek;
        if (weekday == 0)
            weekday = 7;
        return weekday > 4 ? first + (8 - weekday) * UtcCalendar.MillisPerDay : first - (weekday - 1) * UtcCalendar.MillisPerDay;
    }

    private static double Weeks(double start, double end) => (end - start) / (UtcCalendar.MillisPerDay * 7) + 1;

    private static double WeekOfYear(UtcDateTime date)
    {
        var today = UtcCalendar.ToMillis(date.Year, date.Month - 1, date.Day);
        var week = Weeks(StartOfFirstWeek(date.Year, 0), today);
        if (week > 52)
        {
            if (today >= StartOfFirstWeek(date.Year + 1, 0))
                week = 1;
        }
        else if (week < 1)
        {
            week = Weeks(StartOfFirstWeek(date.Year - 1, 0), today);
        }
        return Math.Floor(week);
    }

    private static double WeekOfMonth(UtcDateTime date)
    {
        var month = date.Month - 1;
        var today = UtcCalendar.ToMillis(date.Year, month, date.Day);
        var week = Weeks(StartOfFirstWeek(date.Year, month), today);
        if (week > 4)
        {
            var (nextYear, nextMonth) = month == 11 ? (date.Year + 1, 0) : (date.Year, month + 1);
            if (today >= StartOfFirstWeek(nextYear, nextMonth))
                week = 1;
        }
        else if (week < 1)
        {
            var (previousYear, previousMonth) = month == 0 ? (date.Year - 1, 11) : (date.Year, month - 1);
            week = Weeks(StartOfFirstWeek(previousYear, previousMonth), today);
        }
        return Math.Floor(week);
    }

    private static double WeekNumberingYear(UtcDateTime date)
    {
        if (date.EpochMillis < StartOfFirstWeek(date.Year, 0))
            return date.Year - 1;
        return date.EpochMillis >= StartOfFirstWeek(date.Year + 1, 0) ? date.Year + 1 : date.Year;
    }

    private static double WeekNumberingMonth(UtcDateTime date)
    {
        var month = date.Month - 1;
        var (nextYear, nextMonth) = month == 11 ? (date.Year + 1, 0) : (date.Year, month + 1);
        if (date.EpochMillis < StartOfFirstWeek(date.Year, month))
            return (month == 0 ? 11 : month - 1) + 1;
        return date.EpochMillis >= StartOfFirstWeek(nextYear, nextMonth) ? nextMonth + 1 : month + 1;
    }
}
