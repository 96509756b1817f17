using System.Text.Json.Nodes;

namespace ActivityAware.Local.Workflow;

/// <summary>Calls a Lambda handler (<c>Task&lt;Stream&gt; Handle(Stream)</c>) with a task payload, exactly as the Lambda runtime would: JSON bytes in, JSON bytes out.</summary>
public static class StreamHandlerAdapter
{
    public static Func<JsonNode?, CancellationToken, Task<JsonNode?>> Adapt(Func<Stream, Task<Stream>> handle) =>
        async (payload, cancellationToken) =>
        {
            using var input = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(payload?.ToJsonString() ?? "null"));
            await using var output = await handle(input);
            return await JsonNode.ParseAsync(output, cancellationToken: cancellationToken);
        };
}
