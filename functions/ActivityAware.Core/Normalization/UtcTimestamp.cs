using System.Globalization;

namespace ActivityAware.Core.Normalization;

/// <summary>
/// Parses a CloudTrail timestamp as <see cref="DateTimeOffset.TryParse(string, IFormatProvider, DateTimeStyles, out DateTimeOffset)"/>
/// does with the invariant culture, assuming and adjusting to UTC. The shape CloudTrail writes (<c>2026-11-28T12:00:00Z</c>)
/// is read directly, as the general parser would read it; anything else goes to the general parser.
/// </summary>
internal static class UtcTimestamp
{
    private const DateTimeStyles Styles = DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal;

    public static DateTimeOffset? Parse(string? text)
    {
        if (text is { Length: 20 } && TryParseCloudTrailShape(text, out var fast)) return fast;
        // ISO 8601's basic format, as the CloudTrail User Guide's userIdentity examples write sessionContext.attributes.creationDate.
        if (text is { Length: 16 } && DateTimeOffset.TryParseExact(text, "yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture, Styles, out var basic)) return basic;
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, Styles, out var parsed) ? parsed : null;
    }

    private static bool TryParseCloudTrailShape(string text, out DateTimeOffset value)
    {
        value = default;
        if (text[4] != '-' || text[7] != '-' || text[10] != 'T' || text[13] != ':' || text[16] != ':' || text[19] != 'Z') return false;
        if (!Digits(text, 0, 4, out var year) || !Digits(text, 5, 2, out var month) || !Digits(text, 8, 2, out var day) ||
            !Digits(text, 11, 2, out var hour) || !Digits(text, 14, 2, out var minute) || !Digits(text, 17, 2, out var second))
            return false;
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 59)
            return false;
        value = new DateTimeOffset(year, month, day, hour, minute, second, TimeSpan.Zero);
        return true;
    }

    private static bool Digits(string text, int start, int count, out int value)
    {
        value = 0;
        for (var i = start; i < start + count; i++)
        {
            if (text[i] is < '0' or > '9') return false;
            value = value * 10 + (text[i] - '0');
        }
        return true;
    }
}
