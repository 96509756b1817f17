using System.Globalization;
using System.Text.RegularExpressions;

namespace ActivityAware.Local.Asl.Choice;

/// <summary>Timestamps as the States Language accepts them: RFC 3339, uppercase T, Z or a numeric offset.</summary>
public static partial class Rfc3339Timestamp
{
    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")]
    private static partial Regex Shape();

    public static bool TryParse(string? text, out DateTimeOffset value)
    {
        value = default;
        if (text is null || Shape().Match(text) is not { Success: true } match)
            return false;
        // RFC 3339 allows any number of fraction digits (AWS keeps nanoseconds); .NET parses at most 7 (100 ns ticks).
        var fraction = match.Groups[1];
        if (fraction.Length > 8)
            text = string.Concat(text.AsSpan(0, fraction.Index + 8), text.AsSpan(fraction.Index + fraction.Length));
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value);
    }
}
