using System.Buffers;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace ActivityAware.Core.Normalization;

/// <summary>
/// Cuts a JSON value that is larger than a byte bound. Keeps whole top-level members in order while they fit, then records what was
/// dropped under <c>"__truncated"</c>, so the result is still valid JSON a reader can understand. Sizes are measured as written
/// (after re-escaping), so the result never exceeds the bound.
/// </summary>
internal static class JsonFieldTrimmer
{
    public const string MarkerProperty = "__truncated";
    private const int MarkerReserve = 512;
    /// <summary>The marker's fixed part (property names, the size, the kind) fits in what the reserve leaves after the names.</summary>
    private const int DroppedNamesBudget = MarkerReserve - 160;
    private const int MaxDroppedNameLength = 64;

    public static (JsonElement Value, bool Truncated) Trim(JsonElement value, int maxBytes)
    {
        var size = JsonMarshal.GetRawUtf8Value(value).Length;
        if (size <= maxBytes) return (value.Clone(), false);

        var scratch = new ArrayBufferWriter<byte>();
        using var measurer = new Utf8JsonWriter(scratch, new JsonWriterOptions { SkipValidation = true });
        var buffer = new ArrayBufferWriter<byte>(Math.Min(maxBytes, size));
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            var dropped = new List<string>();
            var droppedBytes = 0;
            if (value.ValueKind == JsonValueKind.Object)
            {
                foreach (var member in value.EnumerateObject())
                {
                    var memberSize = Measure(scratch, measurer, w => member.WriteTo(w)) + 1;
                    if (writer.BytesCommitted + writer.BytesPending + memberSize > maxBytes - MarkerReserve)
                    {
                        var name = Shorten(member.Name);
                        var nameSize = Measure(scratch, measurer, w => w.WriteStringValue(name)) + 1;
                        if (droppedBytes + nameSize <= DroppedNamesBudget)
                        {
                            dropped.Add(name);
                            droppedBytes += nameSize;
                        }
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

    private static int Measure(ArrayBufferWriter<byte> scratch, Utf8JsonWriter measurer, Action<Utf8JsonWriter> write)
    {
        scratch.ResetWrittenCount();
        measurer.Reset(scratch);
        write(measurer);
        measurer.Flush();
        return scratch.WrittenCount;
    }

    /// <summary>Never splits a surrogate pair: the writer rejects a lone surrogate.</summary>
    private static string Shorten(string name)
    {
        if (name.Length <= MaxDroppedNameLength) return name;
        var cut = char.IsHighSurrogate(name[MaxDroppedNameLength - 1]) ? MaxDroppedNameLength - 1 : MaxDroppedNameLength;
        return name[..cut];
    }
}
