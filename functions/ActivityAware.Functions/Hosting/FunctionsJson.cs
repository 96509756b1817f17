using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace ActivityAware.Functions.Hosting;

/// <summary>
/// Reads and writes step payloads with the source-generated contracts of <c>CoreJsonContext</c>. An input already in memory (the local
/// runner's, a test's) is read from its buffer without the asynchronous stream machinery; what is read is the same either way.
/// </summary>
public static class FunctionsJson
{
    // Step payloads are JSON read by Step Functions and the next step, never embedded in HTML: escaping only what JSON requires keeps them
    // small (a rendered Slack message inside a string would otherwise carry \u0022 for every quote). Depth limit as the serializer's default.
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        MaxDepth = 64,
        SkipValidation = true,
    };

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    public static async Task<T> ReadAsync<T>(Stream input, JsonTypeInfo<T> contract) =>
        (TryTakeBuffer(input, out var json) ? JsonSerializer.Deserialize(json.Span, contract) : await JsonSerializer.DeserializeAsync(input, contract))
        ?? throw new InvalidDataException($"the step input is JSON null; expected a {typeof(T).Name} object");

    /// <summary>Parses the input as a document; the document may refer to the input's buffer, so dispose it before the input's owner reuses that.</summary>
    public static async Task<JsonDocument> ParseAsync(Stream input) =>
        TryTakeBuffer(input, out var json) ? JsonDocument.Parse(json) : await JsonDocument.ParseAsync(input);

    [ThreadStatic] private static ArrayBufferWriter<byte>? t_buffer;
    [ThreadStatic] private static Utf8JsonWriter? t_writer;

    /// <summary>The value's JSON in a stream of its own; written through a per-thread buffer so the stream holds one array of the exact size.</summary>
    public static Stream Write<T>(T value, JsonTypeInfo<T> contract)
    {
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(16 * 1024);
        buffer.ResetWrittenCount();
        var writer = t_writer ??= new Utf8JsonWriter(buffer, WriterOptions);
        writer.Reset(buffer);
        JsonSerializer.Serialize(writer, value, contract);
        writer.Flush();
        var json = buffer.WrittenSpan.ToArray();
        return new MemoryStream(json, 0, json.Length, writable: false, publiclyVisible: true);
    }

    /// <summary>The unread bytes of a memory stream whose buffer is visible (consumed, as reading the stream would), less a UTF-8 byte order mark.</summary>
    private static bool TryTakeBuffer(Stream input, out ReadOnlyMemory<byte> json)
    {
        json = default;
        if (input is not MemoryStream memory || !memory.TryGetBuffer(out var buffer))
            return false;
        json = buffer.AsMemory((int)memory.Position);
        memory.Position = memory.Length;
        if (json.Span.StartsWith(Utf8Bom))
            json = json[Utf8Bom.Length..];
        return true;
    }
}
