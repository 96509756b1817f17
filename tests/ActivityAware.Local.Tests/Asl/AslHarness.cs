using System.Text.Json.Nodes;
using ActivityAware.Local.Asl;
using ActivityAware.Local.Asl.Cli;
using ActivityAware.Local.Asl.Definition;
using ActivityAware.Local.Asl.Execution;
using ActivityAware.Local.Asl.Tasks;
using Microsoft.Extensions.Time.Testing;

namespace ActivityAware.Local.Tests.Asl;

/// <summary>Builds an interpreter over an inline definition with recorded waits, a fake clock and a seeded random.</summary>
internal sealed class AslHarness
{
    public LambdaFunctionRegistry Functions { get; } = new();
    public SkippingWaiter Waiter { get; } = new();
    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 28, 12, 0, 0, TimeSpan.Zero));
    public ITaskMocker? Mocker { get; set; }
    public ISqsSink? Sqs { get; set; }
    public IS3ObjectStore? S3 { get; set; }
    public IWaiter? CustomWaiter { get; set; }

    public AslHarness Function(string name, Func<JsonNode?, JsonNode?> body)
    {
        Functions.Register(name, (payload, _) => Task.FromResult(body(payload)));
        return this;
    }

    public static StateMachineDefinition Load(string json, string name = "test-machine") => StateMachineLoader.Load(json, name);

    public StateMachineInterpreter Interpreter(string json) => new(Load(json), new InterpreterBindings
    {
        Lambda = Functions,
        Sqs = Sqs,
        S3 = S3,
        Mocker = Mocker,
        Waiter = CustomWaiter ?? Waiter,
        Time = Time,
        Random = new Random(42),
    });

    public Task<ExecutionResult> Run(string json, string input = "{}") =>
        Interpreter(json).ExecuteAsync(JsonNode.Parse(input), new ExecutionOptions(ExecutionName: "exec-1"));

    /// <summary>Runs and asserts success; returns the compact output JSON.</summary>
    public async Task<string> Output(string json, string input = "{}")
    {
        var result = await Run(json, input);
        Assert.True(result.Succeeded, $"expected success but got {result.Error}: {result.Cause}");
        return AslJson.Serialize(result.Output);
    }

    /// <summary>Runs and asserts failure; returns (error, cause).</summary>
    public async Task<(string? Error, string? Cause)> Failure(string json, string input = "{}")
    {
        var result = await Run(json, input);
        Assert.False(result.Succeeded, $"expected failure but got output {AslJson.Serialize(result.Output)}");
        return (result.Error, result.Cause);
    }

    /// <summary>A one-state Pass machine with the given state body (JSON object members).</summary>
    public static string PassMachine(string stateBody) =>
        "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\"," + stateBody + ",\"End\":true}}}";

    /// <summary>A one-state Task machine calling function <c>f</c> with the given extra members.</summary>
    public static string TaskMachine(string stateBody, string resource = "arn:aws:lambda:us-east-1:123456789012:function:f") =>
        "{\"StartAt\":\"T\",\"States\":{\"T\":{\"Type\":\"Task\",\"Resource\":\"" + resource + "\"" + (stateBody.Length > 0 ? "," : "") + stateBody + ",\"End\":true}}}";
}
