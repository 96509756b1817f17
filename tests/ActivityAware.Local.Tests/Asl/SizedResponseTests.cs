using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ActivityAware.Local.Asl;
using ActivityAware.Local.Asl.Execution;
using ActivityAware.Local.Asl.Tasks;

namespace ActivityAware.Local.Tests.Asl;

/// <summary>
/// A function's response or an execution's input whose size is bounded by its JSON text is not written out to be measured when the bound
/// is within the payload limit; over the limit it is measured, so the limit still holds exactly.
/// </summary>
public class SizedResponseTests
{
    private const string Limit = "States.DataLimitExceeded";

    private static AslHarness Sized(JsonNode payload, long sizeBound)
    {
        var harness = new AslHarness();
        harness.Functions.Register("f", (_, _) => Task.FromResult(new LambdaResponse(payload, sizeBound)));
        return harness;
    }

    [Fact]
    public async Task SizedResponse_BoundOverTheLimit_IsMeasuredAndRejected()
    {
        var (error, cause) = await Sized(JsonValue.Create(new string('x', 262_145)), JsonTextSizeBound.Of(262_147)).Failure(AslHarness.TaskMachine(""));

        Assert.Equal(Limit, error);
        Assert.Contains("returned a result", cause, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SizedResponse_BoundOverTheLimitButResponseWithin_Succeeds()
    {
        var result = await Sized(JsonValue.Create(new string('x', 262_142)), JsonTextSizeBound.Of(262_144)).Run(AslHarness.TaskMachine(""));

        Assert.True(result.Succeeded, result.Cause);
    }

    [Fact]
    public async Task SizedResponse_BoundWithinTheLimit_IsTrustedWithoutMeasuring()
    {
        var result = await Sized(JsonValue.Create(new string('x', 262_145)), sizeBound: 100).Run(AslHarness.TaskMachine(""));

        Assert.True(result.Succeeded, "a bound within the limit stands for the response's size");
    }

    [Fact]
    public async Task ExecuteJsonElement_InputWhoseTextIsWithinTheLimitButNotItsCompactJson_FailsWithDataLimitExceeded()
    {
        // 50,000 raw DEL characters: 50 KB of text, 300 KB once written as Step Functions writes it.
        var text = "{\"big\":\"" + new string('\u007f', 50_000) + "\"}";
        var harness = new AslHarness();

        var result = await harness.Interpreter(AslHarness.PassMachine("\"Result\":1")).ExecuteAsync(JsonElement.Parse(Encoding.UTF8.GetBytes(text)));

        Assert.Equal(Limit, result.Error);
        Assert.Contains("was started with an input", result.Cause, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExecuteJsonElement_ObjectInput_RunsAsTheSameInputAsANode()
    {
        const string input = """{"a":{"b":[1,"two",null]}}""";
        var harness = new AslHarness();
        var machine = AslHarness.PassMachine("\"ResultPath\":\"$.copy\",\"Parameters\":{\"b.$\":\"$.a.b\"}");

        var fromElement = await harness.Interpreter(machine).ExecuteAsync(JsonElement.Parse(input));
        var fromNode = await harness.Interpreter(machine).ExecuteAsync(JsonNode.Parse(input));

        Assert.True(fromElement.Succeeded, fromElement.Cause);
        Assert.Equal(AslJson.Serialize(fromNode.Output), AslJson.Serialize(fromElement.Output));
    }
}
