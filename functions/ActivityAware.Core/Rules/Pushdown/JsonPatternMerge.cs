using System.Text.Json.Nodes;

namespace ActivityAware.Core.Rules.Pushdown;

/// <summary>Joins two pattern objects into one that requires both, when no field is constrained by both.</summary>
internal static class JsonPatternMerge
{
    /// <summary>The conjunction of <paramref name="a"/> and <paramref name="b"/>, or null when both constrain the same field.</summary>
    public static JsonObject? Both(JsonObject a, JsonObject b)
    {
        var result = (JsonObject)a.DeepClone();
        foreach (var (name, value) in b)
        {
            if (!result.TryGetPropertyValue(name, out var existing))
                result[name] = value?.DeepClone();
            else if (name != "$or" && existing is JsonObject left && value is JsonObject right && Both(left, right) is { } merged)
                result[name] = merged;
            else
                return null;
        }
        return result;
    }

    /// <summary>The conjunction, nesting <paramref name="b"/> under a <c>$or</c> of one when both constrain the same field.</summary>
    public static JsonObject BothOrNested(JsonObject a, JsonObject b)
    {
        if (Both(a, b) is { } merged) return merged;
        var nested = (JsonObject)a.DeepClone();
        nested["$or"] = new JsonArray(b.DeepClone());
        return nested;
    }
}
