using System.Globalization;
using System.Text.RegularExpressions;

namespace ActivityAware.Local.Asl.Choice;

/// <summary>Timestamps as the States Language accepts them: RFC 3339, uppercase T, Z or a numeric offset.</summary>
public static partial class Rfc3339Timestamp
{
    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")]
    private static partial Regex Shape();

    public static bool TryParse(string? text, out DateTimeOffset value) => TryParse(text, out value, out _);

    /// <summary>
    /// Parses to a <see cref="DateTimeOffset"/> (100 ns ticks) and the nanoseconds below its last tick, which RFC 3339 and AWS (Java's
    /// nanosecond Instant) keep: 01:59:00.000000001Z is before 01:59:00.000000002Z.
    /// </summary>
    public static bool TryParse(string? text, out DateTimeOffset value, out int nanosecondsBelowTick)
    {
        value = default;
        nanosecondsBelowTick = 0;
        if (text is null || Shape().Match(text) is not { Success: true } match)
            return false;
        // .NET parses at most 7 fraction digits (100 ns ticks); the next two are kept apart, any further ones are below a nanosecond.
        var fraction = match.Groups[1];
        if (fraction.Length > 8)
        {
            var below = fraction.Value.Substring(8, Math.Min(2, fraction.Length - 8)).PadRight(2, '0');
            nanosecondsBelowTick = int.Parse(below, NumberStyles.None, CultureInfo.InvariantCulture);
            text = string.Concat(text.AsSpan(0, fraction.Index + 8), text.AsSpan(fraction.Index + fraction.Length));
        }
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value);
    }

    /// <summary>Orders two timestamps as instants to the nanosecond; null when either is not a timestamp.</summary>
    public static int? Compare(string left, string right) =>
        TryParse(left, out var a, out var aNanos) && TryParse(right, out var b, out var bNanos)
            ? a.CompareTo(b) is var byTicks and not 0 ? byTicks : aNanos.CompareTo(bNanos)
            : null;
}
