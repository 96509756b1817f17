using System.Buffers;
using System.Text.Json;

namespace ActivityAware.Core.Normalization;

/// <summary>
/// Cuts a JSON value that is larger than a byte bound. Keeps whole top-level members in order while they fit, then records what was
/// dropped under <c>"__truncated"</c>, so the result is still valid JSON a reader can understand.
/// </summary>
internal static class JsonFieldTrimmer
{
    public const string MarkerProperty = "__truncated";
    private const int MarkerReserve = 512;

    public static (JsonElement Value, bool Truncated) Trim(JsonElement value, int maxBytes)
    {
        var raw = value.GetRawText();
        var size = System.Text.Encoding.UTF8.GetByteCount(raw);
        if (size <= maxBytes) return (value.Clone(), false);

        var buffer = new ArrayBufferWriter<byte>(Math.Min(maxBytes + MarkerReserve, size));
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            var dropped = new List<string>();
            if (value.ValueKind == JsonValueKind.Object)
            {
                foreach (var member in value.EnumerateObject())
                {
                    var memberSize = System.Text.Encoding.UTF8.GetByteCount(member.Value.GetRawText()) + member.Name.Length + 4;
                    if (writer.BytesCommitted + writer.BytesPending + memberSize > maxBytes - MarkerReserve)
                    {
                        if (dropped.Count < 20) dropped.Add(member.Name.Length > 64 ? member.Name[..64] : member.Name);
                        continue;
                    }
                    member.WriteTo(writer);
                }
            }
            writer.WriteStartObject(MarkerProperty);
            writer.WriteNumber("originalBytes", size);
            writer.WriteString("originalKind", value.ValueKind.ToString());
            writer.WriteStartArray("droppedMembers");
            foreach (var name in dropped) writer.WriteStringValue(name);
            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteEndObject();
        }
        using var document = JsonDocument.Parse(buffer.WrittenMemory);
        return (document.RootElement.Clone(), true);
    }
}
