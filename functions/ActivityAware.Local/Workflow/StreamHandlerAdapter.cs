using System.Buffers;
using System.Text.Json.Nodes;
using ActivityAware.Local.Asl;
using ActivityAware.Local.Asl.Tasks;

namespace ActivityAware.Local.Workflow;

/// <summary>
/// Calls a Lambda handler (<c>Task&lt;Stream&gt; Handle(Stream)</c>) with a task payload, exactly as the Lambda runtime would: JSON bytes in,
/// JSON bytes out. The payload is written as Step Functions writes it (compact, Unicode unescaped) into a pooled buffer, or passed on as the
/// text it was parsed from when it is still exactly that (see <see cref="ParsedNodes"/>); a handler that
/// answers with a <see cref="MemoryStream"/> (as ours do) is read from its buffer without a copy.
/// </summary>
public static class StreamHandlerAdapter
{
    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    public static Func<JsonNode?, CancellationToken, Task<LambdaResponse>> Adapt(Func<Stream, Task<Stream>> handle) =>
        async (payload, cancellationToken) =>
        {
            var (bytes, length) = Rent(payload);
            try
            {
                using var input = new MemoryStream(bytes, 0, length, writable: false, publiclyVisible: true);
                await using var output = await handle(input);
                if (output is MemoryStream memory && memory.TryGetBuffer(out var written))
                {
                    var json = written.AsSpan((int)memory.Position);
                    return new LambdaResponse(Parse(json), JsonTextSizeBound.Of(json.Length));
                }
                return new LambdaResponse(await JsonNode.ParseAsync(output, cancellationToken: cancellationToken));
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(bytes);
            }
        };

    private static (byte[] Bytes, int Length) Rent(JsonNode? payload)
    {
        // A payload still exactly as a step's response was parsed goes on as that text (JSON-equivalent to what Step Functions writes).
        var json = Utf8Scratch.TextOf(payload);
        var bytes = ArrayPool<byte>.Shared.Rent(json.Length);
        json.CopyTo(bytes);
        return (bytes, json.Length);
    }

    /// <summary>As <see cref="JsonNode.ParseAsync"/> reads a stream: a leading UTF-8 byte order mark is skipped.</summary>
    private static JsonNode? Parse(ReadOnlySpan<byte> json) => JsonNode.Parse(json.StartsWith(Utf8Bom) ? json[Utf8Bom.Length..] : json);
}
