using System.Buffers;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ActivityAware.Local.Asl;

/// <summary>
/// A per-thread buffer and writer for serializing a node as Step Functions writes it (<see cref="AslJson.Compact"/>) without a string
/// in between. Callers use the bytes before they return: the next call on the same thread overwrites them.
/// </summary>
internal static class Utf8Scratch
{
    [ThreadStatic] private static ArrayBufferWriter<byte>? t_buffer;
    [ThreadStatic] private static Utf8JsonWriter? t_writer;

    // What JsonNode.ToJsonString(AslJson.Compact) writes with: the same encoder and the serializer's default depth limit of 64.
    private static readonly JsonWriterOptions Options = new() { Encoder = AslJson.Compact.Encoder, Indented = false, MaxDepth = 64, SkipValidation = true };

    /// <summary>The node's compact UTF-8 JSON, valid until the next call on this thread.</summary>
    public static ReadOnlySpan<byte> Write(JsonNode? node)
    {
        var writer = Start(out var buffer);
        if (node is null)
            writer.WriteNullValue();
        else
            node.WriteTo(writer, AslJson.Compact);
        writer.Flush();
        return buffer.WrittenSpan;
    }

    /// <summary>
    /// The node's JSON for a reader of JSON (a Lambda handler, a deserializer): the text it was parsed from while it is still exactly that
    /// (see <see cref="ParsedNodes"/>), else written as by <see cref="Write(JsonNode?)"/>. Not for measuring: parsed text need not be compact.
    /// </summary>
    public static ReadOnlySpan<byte> TextOf(JsonNode? node) => ParsedNodes.TryGetText(node, out var parsed) ? parsed : Write(node);

    /// <summary>Whatever <paramref name="write"/> writes, valid until the next call on this thread.</summary>
    public static ReadOnlySpan<byte> Write<TState>(TState state, Action<Utf8JsonWriter, TState> write)
    {
        var writer = Start(out var buffer);
        write(writer, state);
        writer.Flush();
        return buffer.WrittenSpan;
    }

    private static Utf8JsonWriter Start(out ArrayBufferWriter<byte> buffer)
    {
        buffer = t_buffer ??= new ArrayBufferWriter<byte>(16 * 1024);
        buffer.ResetWrittenCount();
        var writer = t_writer ??= new Utf8JsonWriter(buffer, Options);
        writer.Reset(buffer);
        return writer;
    }
}
