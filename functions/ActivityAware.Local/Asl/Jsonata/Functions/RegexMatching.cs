using System.Text.RegularExpressions;

namespace ActivityAware.Local.Asl.Jsonata.Functions;

/// <summary>$match: the matches of a regex in a string, at most <c>limit</c> of them.</summary>
public static class RegexMatching
{
    public static IReadOnlyList<RegexMatch> Match(string text, Regex regex, double? limit = null)
    {
        if (limit < 0)
            throw JsonataErrors.Create("D3040", value: limit);
        var result = new List<RegexMatch>();
        if (limit == 0)
            return result;
        var count = 0;
        // As jsonata-js, the next match is looked for before the limit is checked, so a zero-length one still raises D1004.
        using var matches = RegexScanner.Scan(regex, text).GetEnumerator();
        for (var found = matches.MoveNext(); found && (limit is null || count < limit); found = matches.MoveNext(), count++)
            result.Add(matches.Current);
        return result;
    }
}
