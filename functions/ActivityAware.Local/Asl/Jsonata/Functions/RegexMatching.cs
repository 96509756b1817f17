using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ActivityAware.Local.Asl.Jsonata.Functions;

/// <summary>$match: the matches of a regex in a string as objects {match, index, groups}.</summary>
public static class RegexMatching
{
    public static JsonArray Match(string text, Regex regex, double? limit = null)
    {
        if (limit < 0)
            throw new JsonataException("D3040", "Third argument of $match function must evaluate to a positive number");
        var result = new JsonArray();
        if (limit == 0)
            return result;
        var count = 0;
        // As jsonata-js, the next match is looked for before the limit is checked, so a zero-length one still raises D1004.
        using var matches = RegexScanner.Scan(regex, text).GetEnumerator();
        for (var found = matches.MoveNext(); found && (limit is null || count < limit); found = matches.MoveNext(), count++)
            result.Add(ToMatchObject(matches.Current));
        return result;
    }

    private static JsonObject ToMatchObject(RegexMatch match) => new()
    {
        ["match"] = match.Value,
        ["index"] = match.Start,
        ["groups"] = new JsonArray(match.Groups.Select(g => (JsonNode?)(g is null ? null : JsonValue.Create(g))).ToArray()),
    };
}
