using System.Text.RegularExpressions;

namespace ActivityAware.Local.Asl.Jsonata.Functions;

/// <summary>
/// Walks the matches of a regex through a string as jsonata-js does with a global JavaScript RegExp: each search starts where the
/// previous match ended, and a later match of the empty string is error D1004 (it would never progress).
/// </summary>
public static class RegexScanner
{
    public static IEnumerable<RegexMatch> Scan(Regex regex, string text)
    {
        var match = regex.Match(text, 0);
        if (!match.Success)
            yield break;
        while (true)
        {
            yield return ToRegexMatch(match);
            var lastIndex = match.Index + match.Length;
            if (lastIndex >= text.Length)
                yield break;
            match = regex.Match(text, lastIndex);
            if (!match.Success)
                yield break;
            if (match.Length == 0)
                throw JsonataErrors.Create("D1004");
        }
    }

    private static RegexMatch ToRegexMatch(Match match)
    {
        var groups = new string?[match.Groups.Count - 1];
        for (var i = 1; i < match.Groups.Count; i++)
            groups[i - 1] = match.Groups[i].Success ? match.Groups[i].Value : null;
        return new RegexMatch(match.Value, match.Index, match.Index + match.Length, groups);
    }
}
