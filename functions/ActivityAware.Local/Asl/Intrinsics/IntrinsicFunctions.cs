using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ActivityAware.Local.Asl.Intrinsics;

/// <summary>The intrinsic functions of the States Language; argument errors are States.IntrinsicFailure.</summary>
internal static partial class IntrinsicFunctions
{
    private delegate JsonNode? Function(Arguments args);

    private static readonly Dictionary<string, Function> Functions = new(StringComparer.Ordinal)
    {
        ["States.Format"] = Format,
        ["States.StringToJson"] = StringToJson,
        ["States.JsonToString"] = a => { a.Count(1); return JsonValue.Create(JacksonEscaping.Unescape(AslJson.Serialize(a[0]))); },
        ["States.Array"] = a => new JsonArray(a.Values.Select(AslJson.Clone).ToArray()),
        ["States.ArrayPartition"] = ArrayPartition,
        ["States.ArrayContains"] = a => { a.Count(2); return JsonValue.Create(a.Array(0).Any(x => AslJson.DeepEquals(x, a[1]))); },
        ["States.ArrayRange"] = ArrayRange,
        ["States.ArrayGetItem"] = ArrayGetItem,
        ["States.ArrayLength"] = a => { a.Count(1); return JsonValue.Create(a.Array(0).Count); },
        ["States.ArrayUnique"] = ArrayUnique,
        ["States.Base64Encode"] = Base64Encode,
        ["States.Base64Decode"] = Base64Decode,
        ["States.Hash"] = Hash,
        ["States.JsonMerge"] = JsonMerge,
        ["States.MathRandom"] = MathRandom,
        ["States.MathAdd"] = MathAdd,
        ["States.StringSplit"] = StringSplit,
        ["States.UUID"] = Uuid,
    };

    public static bool IsKnown(string name) => Functions.ContainsKey(name);

    public static JsonNode? Invoke(string name, IReadOnlyList<JsonNode?> values, IReadOnlyList<IntrinsicArgument> arguments, Random random) =>
        Functions[name](new Arguments(name, values, arguments, random));

    private static JsonNode? Format(Arguments a)
    {
        if (a.Values.Count == 0)
            throw a.Fail("expects at least a template string");
        var template = a.Raw(0) ?? a.String(0);
        var sb = new StringBuilder();
        var next = 1;
        for (var i = 0; i < template.Length; i++)
        {
            var c = template[i];
            if (c == '\\' && i + 1 < template.Length && a.Raw(0) is not null)
            {
                sb.Append(template[++i]);
            }
            else if (c == '{' && i + 1 < template.Length && template[i + 1] == '}')
            {
                if (next >= a.Values.Count)
                    throw a.Fail($"the template has more '{{}}' placeholders than the {a.Values.Count - 1} arguments given");
                AppendFormatted(sb, a[next++]);
                i++;
            }
            else
            {
                sb.Append(c);
            }
        }
        if (next != a.Values.Count)
            throw a.Fail($"the template has {next - 1} '{{}}' placeholders but {a.Values.Count - 1} arguments were given");
        return JsonValue.Create(sb.ToString());
    }

    /// <summary>
    /// How AWS (a Java service) renders a States.Format argument: strings as they are, other scalars as JSON, objects and arrays as
    /// Java's Map/List toString, <c>{a=1, b=[x, y]}</c>, not JSON. The spec says such an argument MUST NOT be an array or object; AWS
    /// formats it, and the interpreter follows AWS.
    /// </summary>
    private static void AppendFormatted(StringBuilder sb, JsonNode? value)
    {
        switch (value)
        {
            case JsonObject obj:
                sb.Append('{');
                var first = true;
                foreach (var (key, item) in obj)
                {
                    sb.Append(first ? "" : ", ").Append(key).Append('=');
                    AppendFormatted(sb, item);
                    first = false;
                }
                sb.Append('}');
                break;
            case JsonArray array:
                sb.Append('[');
                for (var i = 0; i < array.Count; i++)
                {
                    sb.Append(i == 0 ? "" : ", ");
                    AppendFormatted(sb, array[i]);
                }
                sb.Append(']');
                break;
            default:
                sb.Append(AslJson.TryGetString(value, out var s) ? s : AslJson.Serialize(value));
                break;
        }
    }

    /// <summary>
    /// Parses the string as AWS (Jackson) does (AWS recording: localstack v2/intrinsic_functions/test_json_manipulation.snapshot.json,
    /// test_string_to_json): an empty or blank string is null, and the integer <c>-0</c> is <c>0</c>.
    /// </summary>
    private static JsonNode? StringToJson(Arguments a)
    {
        a.Count(1);
        var text = a.String(0);
        if (string.IsNullOrWhiteSpace(text))
            return null;
        try
        {
            var parsed = JsonNode.Parse(text);
            return parsed is JsonValue && parsed.GetValueKind() == JsonValueKind.Number && parsed.ToJsonString() == "-0" ? JsonValue.Create(0) : parsed;
        }
        catch (JsonException e)
        {
            throw a.Fail($"the argument is not valid JSON ({e.Message})");
        }
    }

    private static JsonNode? JsonMerge(Arguments a)
    {
        a.Count(3);
        if (!AslJson.IsBoolean(a[2]) || a[2]!.GetValue<bool>())
            throw a.Fail("only shallow merging is supported; the third argument must be false");
        if (a[0] is not JsonObject left || a[1] is not JsonObject right)
            throw a.Fail("the first two arguments must be JSON objects");
        var merged = (JsonObject)left.DeepClone();
        foreach (var (key, value) in right)
            merged[key] = AslJson.Clone(value);
        return merged;
    }

    private static JsonNode? Uuid(Arguments a)
    {
        a.Count(0);
        Span<byte> bytes = stackalloc byte[16];
        a.Random.NextBytes(bytes);
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        var hex = Convert.ToHexStringLower(bytes);
        return JsonValue.Create($"{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..]}");
    }

    private static JsonNode? StringSplit(Arguments a)
    {
        a.Count(2);
        var delimiters = a.String(1).ToCharArray();
        var parts = delimiters.Length == 0 ? [a.String(0)] : a.String(0).Split(delimiters, StringSplitOptions.RemoveEmptyEntries);
        return new JsonArray(parts.Select(p => (JsonNode?)JsonValue.Create(p)).ToArray());
    }
}
