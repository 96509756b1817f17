using ActivityAware.Local.Asl.Jsonata.Values;

namespace ActivityAware.Local.Asl.Jsonata.Functions;

/// <summary>
/// The registry entries of $pad, $split, $match, $replace and the base64 and URL encodings, with jsonata-js 2.0.6's signatures: each
/// maps the value model onto the plain functions, and an undefined string gives undefined.
/// </summary>
internal static class TextFunctionEntries
{
    public static IReadOnlyList<NativeFunction> All { get; } =
    [
        new("pad", "<s-ns?:s>", (_, a) => a[0] is string text ? StringPadding.Pad(text, (double)a[1]!, a[2] as string) : null),
        new("split", "<s-(sf)n?:a<s>>", Split),
        new("match", "<s-f<s:o>n?:a<o>>", Match),
        new("replace", "<s-(sf)(sf)n?:s>", Replace),
        new("base64encode", "<s-:s>", (_, a) => a[0] is string text ? Base64Encoding.Encode(text) : null),
        new("base64decode", "<s-:s>", (_, a) => a[0] is string text ? Base64Encoding.Decode(text) : null),
        new("encodeUrlComponent", "<s-:s>", (_, a) => a[0] is string text ? UrlEncoding.EncodeUrlComponent(text) : null),
        new("encodeUrl", "<s-:s>", (_, a) => a[0] is string text ? UrlEncoding.EncodeUrl(text) : null),
        new("decodeUrlComponent", "<s-:s>", (_, a) => a[0] is string text ? UrlEncoding.DecodeUrlComponent(text) : null),
        new("decodeUrl", "<s-:s>", (_, a) => a[0] is string text ? UrlEncoding.DecodeUrl(text) : null),
    ];

    private static object? Split(JsonataCallContext context, IReadOnlyList<object?> arguments)
    {
        if (arguments[0] is not string text)
            return null;
        if (arguments[1] is null)
            throw UndefinedMatcher();
        var limit = arguments[2] as double?;
        var parts = arguments[1] is string separator
            ? StringSplitting.Split(text, separator, limit)
            : StringSplitting.Split(text, TranslatedRegexes.Of(arguments[1], "split"), limit);
        return new JsonataArray(parts);
    }

    private static object? Match(JsonataCallContext context, IReadOnlyList<object?> arguments)
    {
        if (arguments[0] is not string text || arguments[1] is null)
            return null;
        var result = JsonataArray.CreateSequence();
        foreach (var match in RegexMatching.Match(text, TranslatedRegexes.Of(arguments[1], "match"), arguments[2] as double?))
        {
            result.Add(new JsonataObject
            {
                ["match"] = match.Value,
                ["index"] = (double)match.Start,
                ["groups"] = new JsonataArray(match.Groups),
            });
        }
        return result;
    }

    private static object? Replace(JsonataCallContext context, IReadOnlyList<object?> arguments)
    {
        if (arguments[0] is not string text)
            return null;
        if (arguments[1] is null)
            throw UndefinedMatcher();
        var limit = arguments[3] as double?;
        if (arguments[1] is string pattern)
        {
            // A string pattern takes the replacement as it is; jsonata-js adds a function replacement's text, which is ''.
            return StringReplacement.Replace(text, pattern, arguments[2] as string ?? "", limit);
        }
        var regex = TranslatedRegexes.Of(arguments[1], "replace");
        return arguments[2] switch
        {
            string replacement => StringReplacement.Replace(text, regex, replacement, limit),
            JsonataFunction replacer => StringReplacement.Replace(text, regex, match => context.Apply(replacer, MatchObject(match)), limit),
            _ => throw UndefinedMatcher(),
        };
    }

    /// <summary>jsonata-js 2.0.6 calls an undefined pattern or replacement as a function: JavaScript's TypeError, not a JSONata code.</summary>
    private static JsonataException UndefinedMatcher() => new("TypeError", "Cannot read properties of undefined (reading 'apply')");

    /// <summary>What jsonata-js passes a replacement function: the match, where it starts and ends, and its groups.</summary>
    private static JsonataObject MatchObject(RegexMatch match) => new()
    {
        ["match"] = match.Value,
        ["start"] = (double)match.Start,
        ["end"] = (double)match.End,
        ["groups"] = new JsonataArray(match.Groups),
    };
}
