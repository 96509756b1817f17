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
        return text is not null && Shape().IsMatch(text)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value);
    }
}
