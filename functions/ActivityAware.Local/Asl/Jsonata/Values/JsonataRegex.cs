using System.Text.RegularExpressions;
using ActivityAware.Local.Asl.Jsonata.Evaluation;
using ActivityAware.Local.Asl.Jsonata.Functions;

namespace ActivityAware.Local.Asl.Jsonata.Values;

/// <summary>
/// A regex literal (<c>/ab+c/i</c>). JSONata regexes are JavaScript regexes: <see cref="JavaScriptRegex"/> translates the pattern so
/// .NET matches as JavaScript does, once, for every use (the literal as a function, <c>$contains</c>, <c>$match</c>, <c>$split</c>, <c>$replace</c>).
/// As a function it returns the first match object from a start index, as jsonata-js's regex closure does.
/// </summary>
public sealed class JsonataRegex : JsonataFunction
{
    public JsonataRegex(string pattern, string flags)
    {
        Pattern = pattern;
        Flags = flags;
        Regex = JavaScriptRegex.Create(pattern, flags);
    }

    public string Pattern { get; }

    public string Flags { get; }

    public Regex Regex { get; }

    public override int Arity => 2;

    public override string ToString() => "/" + Pattern + "/" + Flags;

    internal override object? Invoke(IReadOnlyList<object?> arguments, object? input, Frame environment)
    {
        if (arguments.Count == 0 || arguments[0] is not string text)
        {
            return null;
        }

        var start = arguments.Count > 1 && arguments[1] is double from ? (int)from : 0;
        var match = Regex.Match(text, Math.Clamp(start, 0, text.Length));
        return match.Success ? ToMatchObject(match) : null;
    }

    /// <summary>The object jsonata-js builds for a match: match, start, end and the capture groups.</summary>
    public static JsonataObject ToMatchObject(Match match)
    {
        var groups = new JsonataArray();
        for (var i = 1; i < match.Groups.Count; i++)
        {
            groups.Add(match.Groups[i].Success ? match.Groups[i].Value : null);
        }

        return new JsonataObject
        {
            ["match"] = match.Value,
            ["start"] = (double)match.Index,
            ["end"] = (double)(match.Index + match.Length),
            ["groups"] = groups,
        };
    }
}
