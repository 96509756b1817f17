using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ActivityAware.Local.Asl;

/// <summary>JSON the way Step Functions writes it: compact, unescaped Unicode, numbers compared by value.</summary>
public static class AslJson
{
    public static readonly JsonSerializerOptions Compact = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = false,
    };

    public static string Serialize(JsonNode? node) => node is null ? "null" : node.ToJsonString(Compact);

    /// <summary>The UTF-8 length of <see cref="Serialize"/>, measured without building the string.</summary>
    public static int SizeInBytes(JsonNode? node) => Utf8Scratch.Write(node).Length;

    public static JsonNode? Clone(JsonNode? node) => node?.DeepClone();

    public static JsonValueKind KindOf(JsonNode? node) => node is null ? JsonValueKind.Null : node.GetValueKind();

    public static bool IsNumber(JsonNode? node) => KindOf(node) == JsonValueKind.Number;

    public static bool IsString(JsonNode? node) => KindOf(node) == JsonValueKind.String;

    public static bool IsBoolean(JsonNode? node) => KindOf(node) is JsonValueKind.True or JsonValueKind.False;

    public static bool TryGetString(JsonNode? node, out string value)
    {
        value = IsString(node) ? node!.GetValue<string>() : "";
        return IsString(node);
    }

    public static bool TryGetNumber(JsonNode? node, out decimal value)
    {
        value = 0;
        if (!IsNumber(node))
            return false;
        var text = node!.ToJsonString();
        if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value))
            return true;
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && !double.IsInfinity(d))
        {
            value = d > (double)decimal.MaxValue ? decimal.MaxValue : d < (double)decimal.MinValue ? decimal.MinValue : (decimal)d;
            return true;
        }
        return false;
    }

    /// <summary>An integer value, or false when the node is not a number or has a fractional part.</summary>
    public static bool TryGetInteger(JsonNode? node, out long value)
    {
        value = 0;
        if (!TryGetNumber(node, out var number) || number != decimal.Truncate(number) || number > long.MaxValue || number < long.MinValue)
            return false;
        value = (long)number;
        return true;
    }

    public static JsonNode Number(decimal value) =>
        value == decimal.Truncate(value) && value >= long.MinValue && value <= long.MaxValue
            ? JsonValue.Create((long)value)
            : JsonValue.Create(value);

    public static bool DeepEquals(JsonNode? a, JsonNode? b)
    {
        if (TryGetNumber(a, out var x) && TryGetNumber(b, out var y))
            return x == y;
        return JsonNode.DeepEquals(a, b);
    }

    public static string TypeName(JsonNode? node) => KindOf(node) switch
    {
        JsonValueKind.Object => "object",
        JsonValueKind.Array => "array",
        JsonValueKind.String => "string",
        JsonValueKind.Number => "number",
        JsonValueKind.True or JsonValueKind.False => "boolean",
        _ => "null",
    };
}
