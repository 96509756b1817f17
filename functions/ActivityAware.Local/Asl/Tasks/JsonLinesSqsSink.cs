using System.Text.Json.Nodes;

namespace ActivityAware.Local.Asl.Tasks;

/// <summary>An <see cref="ISqsSink"/> that appends each message as one JSON line: <c>{"messageId","queueUrl","sentAt","messageBody"}</c>.</summary>
public sealed class JsonLinesSqsSink(string path, TimeProvider time) : ISqsSink
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public string Path => path;

    public async Task<string> SendMessageAsync(string queueUrl, string messageBody, CancellationToken cancellationToken)
    {
        var id = Guid.NewGuid().ToString();
        var line = new JsonObject
        {
            ["messageId"] = id,
            ["queueUrl"] = queueUrl,
            ["sentAt"] = time.GetUtcNow().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture),
            ["messageBody"] = messageBody,
        };
        await _gate.WaitAsync(cancellationToken);
        try
        {
            await File.AppendAllTextAsync(path, AslJson.Serialize(line) + "\n", cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
        return id;
    }
}
