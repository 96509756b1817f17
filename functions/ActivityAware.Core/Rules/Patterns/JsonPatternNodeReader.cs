using System.Text.Json;

namespace ActivityAware.Core.Rules.Patterns;

/// <summary>Reads a JSON value into a <see cref="PatternNode"/> (JSON carries no positions).</summary>
public static class JsonPatternNodeReader
{
    public static PatternNode Read(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => PatternNode.Object(
            element.EnumerateObject().Select(p => new PatternProperty(p.Name, default, Read(p.Value))).ToList()),
        JsonValueKind.Array => PatternNode.Array(element.EnumerateArray().Select(Read).ToList()),
        JsonValueKind.String => PatternNode.String(element.GetString()!),
        JsonValueKind.Number => PatternNode.FromNumber(element.GetDouble(), element.GetRawText()),
        JsonValueKind.True => PatternNode.FromBoolean(true),
        JsonValueKind.False => PatternNode.FromBoolean(false),
        _ => PatternNode.Null(),
    };
}
