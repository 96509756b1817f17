using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ActivityAware.Local.Asl;

/// <summary>
/// System.Text.Json keeps a parsed object or array as the element it was parsed from until the node is first read by name or index, or
/// changed; then it builds its members and drops the element. While a node is still its element, paths can be walked in the element
/// and its JSON written as a copy of the parsed text: both cost far less than building and re-encoding the members. Handing a step's
/// output to the next step (read by a Choice, passed whole as a payload) then never builds the step's output as nodes.
/// </summary>
internal static class ParsedNodes
{
    private static bool s_unavailable;

    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_jsonElement")]
    private static extern ref JsonElement? ObjectSource(JsonObject node);

    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_jsonElement")]
    private static extern ref JsonElement? ArraySource(JsonArray node);

    /// <summary>The element the node still is (an untouched parsed object or array); false for any other node.</summary>
    public static bool TryGetSource(JsonNode? node, out JsonElement source)
    {
        source = default;
        if (s_unavailable || node is not (JsonObject or JsonArray))
            return false;
        JsonElement? element;
        try
        {
            element = node is JsonObject obj ? ObjectSource(obj) : ArraySource((JsonArray)node);
        }
        catch (MissingFieldException)
        {
            // A System.Text.Json without this field: every node is read and written the ordinary way.
            s_unavailable = true;
            return false;
        }
        if (element is not { } value)
            return false;
        source = value;
        return true;
    }

    /// <summary>The JSON text of an untouched parsed object or array, as it was parsed; false for any other node.</summary>
    public static bool TryGetText(JsonNode? node, out ReadOnlySpan<byte> json)
    {
        json = TryGetSource(node, out var source) ? JsonMarshal.GetRawUtf8Value(source) : default;
        return !json.IsEmpty;
    }

    /// <summary>A node over an element, as System.Text.Json builds a parsed node's members (JSON null is a null node).</summary>
    public static JsonNode? Wrap(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => JsonObject.Create(element),
        JsonValueKind.Array => JsonArray.Create(element),
        _ => JsonValue.Create(element),
    };
}
