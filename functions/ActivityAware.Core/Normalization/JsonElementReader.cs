using System.Text.Json;

namespace ActivityAware.Core.Normalization;

/// <summary>
/// Tolerant reads of optional fields: a missing field or one of an unexpected JSON type reads as null, never throws. Each read
/// takes either the parent and a name, or the property's value as a <see cref="PropertyTable"/> found it (a default element
/// when missing).
/// </summary>
internal static class JsonElementReader
{
    public static JsonElement? Object(JsonElement parent, string name) => Object(Property(parent, name));

    public static JsonElement? Object(JsonElement value) => value.ValueKind == JsonValueKind.Object ? value : null;

    public static string? String(JsonElement parent, string name) => String(Property(parent, name));

    public static string? String(JsonElement? parent, string name) => parent is { } p ? String(p, name) : null;

    public static string? String(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
        _ => null,
    };

    public static bool? Boolean(JsonElement? parent, string name) => parent is { } p ? Boolean(Property(p, name)) : null;

    /// <summary>CloudTrail writes booleans as JSON booleans in most places and as "true"/"false" strings in <c>sessionContext.attributes</c>.</summary>
    public static bool? Boolean(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.String when bool.TryParse(value.GetString(), out var parsed) => parsed,
        _ => null,
    };

    public static DateTimeOffset? Timestamp(JsonElement? parent, string name) => parent is { } p ? Timestamp(Property(p, name)) : null;

    public static DateTimeOffset? Timestamp(JsonElement value) => UtcTimestamp.Parse(String(value));

    public static JsonElement? Any(JsonElement parent, string name) => Any(Property(parent, name));

    public static JsonElement? Any(JsonElement value) => value.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined ? null : value;

    /// <summary>The property's value, or a default element (kind Undefined) when it or an object parent is missing.</summary>
    private static JsonElement Property(JsonElement parent, string name) =>
        parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var value) ? value : default;
}
