using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ActivityAware.Local.Asl.Jsonata.Functions;

/// <summary>
/// $replace: occurrences of a string or regex replaced by a string (with $0, $1… naming the match and its groups, $$ a dollar) or by
/// what a function returns for each match.
/// </summary>
public static class StringReplacement
{
    public static string Replace(string text, string pattern, string replacement, double? limit = null)
    {
        CheckArguments(pattern, limit);
        if (limit == 0)
            return text;
        var result = new StringBuilder();
        var position = 0;
        var count = 0;
        for (var index = text.IndexOf(pattern, StringComparison.Ordinal);
             index != -1 && (limit is null || count < limit);
             index = text.IndexOf(pattern, position, StringComparison.Ordinal), count++)
        {
            result.Append(text, position, index - position).Append(replacement);
            position = index + pattern.Length;
        }
        return result.Append(text, position, text.Length - position).ToString();
    }

    public static string Replace(string text, Regex pattern, string replacement, double? limit = null) =>
        Replace(text, pattern, match => Substitute(replacement, match), limit);

    /// <summary>Replaces each match by what <paramref name="replacer"/> returns for it; anything but a string is error D3012.</summary>
    public static string Replace(string text, Regex pattern, Func<RegexMatch, object?> replacer, double? limit = null)
    {
        CheckArguments(null, limit);
        if (limit == 0)
            return text;
        var result = new StringBuilder();
        var position = 0;
        var count = 0;
        using var matches = RegexScanner.Scan(pattern, text).GetEnumerator();
        for (var found = matches.MoveNext(); found && (limit is null || count < limit); found = matches.MoveNext(), count++)
        {
            var match = matches.Current;
            var replacement = replacer(match) as string
                ?? throw JsonataErrors.Create("D3012");
            result.Append(text, position, match.Start - position).Append(replacement);
            position = match.Start + match.Value.Length;
        }
        return result.Append(text, position, text.Length - position).ToString();
    }

    private static void CheckArguments(string? pattern, double? limit)
    {
        if (pattern == "")
            throw JsonataErrors.Create("D3010", value: pattern);
        if (limit < 0)
            throw JsonataErrors.Create("D3011", value: limit);
    }

    /// <summary>
    /// The replacement text with its $ references filled in, as jsonata-js reads them: $$ is '$', $0 the match, $n the longest group
    /// number (up to as many digits as the group count has) that exists, a group that took no part or does not exist adds nothing, and
    /// a '$' before a non-digit stays.
    /// </summary>
    private static string Substitute(string replacement, RegexMatch match)
    {
        var result = new StringBuilder();
        var position = 0;
        var dollar = replacement.IndexOf('$');
        while (dollar != -1 && position < replacement.Length)
        {
            result.Append(replacement, position, dollar - position);
            position = dollar + 1;
            var next = position < replacement.Length ? replacement[position] : '\0';
            if (next == '$')
            {
                result.Append('$');
                position++;
            }
            else if (next == '0')
            {
                result.Append(match.Value);
                position++;
            }
            else if (ReadGroupNumber(replacement, position, match.Groups.Count) is { } group)
            {
                if (group.Number >= 1 && group.Number <= match.Groups.Count)
                    result.Append(match.Groups[group.Number - 1]);
                position += group.Length;
            }
            else
            {
                result.Append('$');
            }
            dollar = replacement.IndexOf('$', position);
        }
        return result.Append(replacement, position, replacement.Length - position).ToString();
    }

    private static (int Number, int Length)? ReadGroupNumber(string replacement, int at, int groupCount)
    {
        var maxDigits = groupCount == 0 ? 1 : (int)Math.Floor(Math.Log10(groupCount)) + 1;
        var number = LeadingInteger(replacement, at, maxDigits);
        if (maxDigits > 1 && number > groupCount)
            number = LeadingInteger(replacement, at, maxDigits - 1);
        return number is { } n ? (n, n.ToString(CultureInfo.InvariantCulture).Length) : null;
    }

    /// <summary>parseInt over at most <paramref name="maxDigits"/> characters: the digits they start with, or null if none.</summary>
    private static int? LeadingInteger(string text, int at, int maxDigits)
    {
        var end = at;
        while (end < text.Length && end - at < maxDigits && char.IsAsciiDigit(text[end]))
            end++;
        return end == at ? null : int.Parse(text.AsSpan(at, end - at), provider: CultureInfo.InvariantCulture);
    }
}
