using System.Text;

namespace ActivityAware.Local.Replay;

/// <summary>
/// Makes attacker-controlled CloudTrail text safe to print on a terminal: control characters (ANSI escape sequences,
/// carriage returns that overwrite lines) and bidirectional overrides are shown as <c>\uXXXX</c> instead of acting.
/// </summary>
public static class DisplayText
{
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        if (!text.Any(IsUnsafe)) return text;
        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (IsUnsafe(c)) builder.Append($"\\u{(int)c:x4}");
            else builder.Append(c);
        }
        return builder.ToString();
    }

    /// <summary>The text cut to <paramref name="width"/> characters, ending in "…" when cut (never inside a surrogate pair).</summary>
    public static string Shortened(string? text, int width)
    {
        if (string.IsNullOrEmpty(text) || text.Length <= width) return text ?? "";
        var end = char.IsHighSurrogate(text[width - 2]) ? width - 2 : width - 1;
        return string.Concat(text.AsSpan(0, end), "…");
    }

    private static bool IsUnsafe(char c) =>
        char.IsControl(c) || c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\u200E' or '\u200F';
}
