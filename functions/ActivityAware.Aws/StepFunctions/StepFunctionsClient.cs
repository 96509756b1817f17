using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Amazon;
using Amazon.Runtime;
using Amazon.Runtime.Credentials;
using Amazon.Runtime.Signing;

namespace ActivityAware.Aws.StepFunctions;

/// <summary>
/// A small Step Functions client over the JSON 1.0 protocol (POST /, X-Amz-Target: AWSStepFunctions.&lt;Op&gt;),
/// signed with AWSSDK.Core's SigV4 handler, because AWSSDK.StepFunctions is not available to us.
/// </summary>
public sealed class StepFunctionsClient : IDisposable
{
    private const string SigningService = "states";
    private static readonly MediaTypeHeaderValue ContentType = new("application/x-amz-json-1.0");
    private readonly HttpClient _http;
    private readonly Uri _endpoint;
    private readonly Uri _syncEndpoint;
    private readonly TimeProvider _time;

    /// <param name="http">An HttpClient whose handler chain signs requests (see <see cref="Create"/>).</param>
    /// <param name="endpoint">Service endpoint for every operation but StartSyncExecution.</param>
    /// <param name="syncEndpoint">StartSyncExecution endpoint (AWS serves it on the sync-states host).</param>
    public StepFunctionsClient(HttpClient http, Uri endpoint, Uri syncEndpoint, TimeProvider time)
    {
        _http = http;
        _endpoint = endpoint;
        _syncEndpoint = syncEndpoint;
        _time = time;
    }

    /// <summary>
    /// A client for <paramref name="region"/>; <paramref name="endpointOverride"/> (e.g. AWS_ENDPOINT_URL for moto)
    /// replaces both the states and sync-states hosts. Credentials default to the SDK's default chain.
    /// </summary>
    public static StepFunctionsClient Create(string region, Uri? endpointOverride = null, AWSCredentials? credentials = null, TimeProvider? time = null)
    {
        var signing = new SigV4SigningHandler(
            credentials ?? new DefaultAWSCredentialsIdentityResolver().ResolveIdentity(null),
            RegionEndpoint.GetBySystemName(region),
            SigningService,
            new SocketsHttpHandler { AllowAutoRedirect = false });
        var endpoint = endpointOverride ?? new Uri($"https://states.{region}.amazonaws.com/");
        var syncEndpoint = endpointOverride ?? new Uri($"https://sync-states.{region}.amazonaws.com/");
        return new StepFunctionsClient(new HttpClient(signing), endpoint, syncEndpoint, time ?? TimeProvider.System);
    }

    public async Task<string> CreateStateMachineAsync(string name, string definition, string roleArn, string type, CancellationToken ct)
    {
        var response = await CallAsync("CreateStateMachine", new JsonObject
        {
            ["name"] = name, ["definition"] = definition, ["roleArn"] = roleArn, ["type"] = type,
        }, ct);
        return RequiredString(response, "stateMachineArn", "CreateStateMachine");
    }

    public async Task DeleteStateMachineAsync(string stateMachineArn, CancellationToken ct) =>
        await CallAsync("DeleteStateMachine", new JsonObject { ["stateMachineArn"] = stateMachineArn }, ct);

    public async Task<string> StartExecutionAsync(string stateMachineArn, string name, string input, CancellationToken ct)
    {
        var response = await CallAsync("StartExecution", new JsonObject
        {
            ["stateMachineArn"] = stateMachineArn, ["name"] = name, ["input"] = input,
        }, ct);
        return RequiredString(response, "executionArn", "StartExecution");
    }

    /// <summary>Runs an Express execution to its end and returns its outcome (status, output, error, cause).</summary>
    public async Task<ExecutionDescription> StartSyncExecutionAsync(string stateMachineArn, string name, string input, CancellationToken ct)
    {
        var response = await CallAsync("StartSyncExecution", new JsonObject
        {
            ["stateMachineArn"] = stateMachineArn, ["name"] = name, ["input"] = input,
        }, ct, _syncEndpoint);
        return ToDescription(response, "StartSyncExecution");
    }

    public async Task<ExecutionDescription> DescribeExecutionAsync(string executionArn, CancellationToken ct) =>
        ToDescription(await CallAsync("DescribeExecution", new JsonObject { ["executionArn"] = executionArn }, ct), "DescribeExecution");

    /// <summary>Polls DescribeExecution until the execution stops; throws <see cref="TimeoutException"/> after <paramref name="deadline"/>.</summary>
    public async Task<ExecutionDescription> WaitForExecutionAsync(string executionArn, TimeSpan deadline, CancellationToken ct)
    {
        var giveUpAt = _time.GetUtcNow() + deadline;
        while (true)
        {
            var description = await DescribeExecutionAsync(executionArn, ct);
            if (!description.IsRunning) return description;
            if (_time.GetUtcNow() >= giveUpAt)
                throw new TimeoutException($"execution {executionArn} still RUNNING after {deadline.TotalSeconds} s");
            await Task.Delay(TimeSpan.FromMilliseconds(50), _time, ct);
        }
    }

    /// <summary>The whole history, oldest first, following nextToken.</summary>
    public async Task<IReadOnlyList<HistoryEvent>> GetExecutionHistoryAsync(string executionArn, CancellationToken ct)
    {
        var events = new List<HistoryEvent>();
        string? nextToken = null;
        do
        {
            var request = new JsonObject { ["executionArn"] = executionArn, ["maxResults"] = 1000 };
            if (nextToken is not null) request["nextToken"] = nextToken;
            var response = await CallAsync("GetExecutionHistory", request, ct);
            foreach (var item in response["events"]?.AsArray() ?? [])
                events.Add(HistoryEventReader.Read(item as JsonObject
                    ?? throw new InvalidDataException("GetExecutionHistory: an entry of 'events' is not an object")));
            nextToken = response["nextToken"]?.GetValue<string>();
        } while (!string.IsNullOrEmpty(nextToken));
        return events;
    }

    private async Task<JsonObject> CallAsync(string operation, JsonObject body, CancellationToken ct, Uri? endpoint = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint ?? _endpoint)
        {
            Content = new StringContent(body.ToJsonString(), Encoding.UTF8),
        };
        request.Content.Headers.ContentType = ContentType;
        request.Headers.Add("X-Amz-Target", $"AWSStepFunctions.{operation}");
        using var response = await _http.SendAsync(request, ct);
        var text = await response.Content.ReadAsStringAsync(ct);
        if (!response.IsSuccessStatusCode)
            throw ServiceErrorReader.Read(operation, response.StatusCode, text);
        var json = string.IsNullOrWhiteSpace(text) ? new JsonObject() : JsonNode.Parse(text) as JsonObject;
        return json ?? throw new InvalidDataException($"{operation}: response body is not a JSON object: {text}");
    }

    private static ExecutionDescription ToDescription(JsonObject response, string operation) => new(
        RequiredString(response, "executionArn", operation),
        response["name"]?.GetValue<string>(),
        RequiredString(response, "status", operation),
        response["input"]?.GetValue<string>(),
        response["output"]?.GetValue<string>(),
        response["error"]?.GetValue<string>(),
        response["cause"]?.GetValue<string>());

    private static string RequiredString(JsonObject response, string field, string operation) =>
        response[field]?.GetValue<string>()
        ?? throw new InvalidDataException($"{operation}: response lacks '{field}': {response.ToJsonString()}");

    public void Dispose() => _http.Dispose();
}
