using System.Text.Json.Nodes;
using ActivityAware.Local.Asl.Execution;

namespace ActivityAware.Local.Tests.Asl;

public sealed class HistoryPayloadTests
{
    private const string Machine = """{"StartAt":"P","States":{"P":{"Type":"Pass","Result":{"done":true},"End":true}}}""";

    private static Task<ExecutionResult> Run(bool recordPayloads) =>
        new StateMachineInterpreter(AslHarness.Load(Machine), new InterpreterBindings { RecordPayloads = recordPayloads })
            .ExecuteAsync(JsonNode.Parse("""{"big":"input"}"""), new ExecutionOptions(ExecutionName: "exec-1"));

    [Fact]
    public async Task ExecuteAsync_PayloadsRecorded_HistoryCarriesEachStatesInputAndOutput()
    {
        var result = await Run(recordPayloads: true);

        Assert.Equal("""{"big":"input"}""", result.Events.Single(e => e.Type == "PassStateEntered").Input!.ToJsonString());
        Assert.Equal("""{"done":true}""", result.Events.Single(e => e.Type == "PassStateExited").Output!.ToJsonString());
    }

    [Fact]
    public async Task ExecuteAsync_PayloadsNotRecorded_HistoryKeepsTheEventsButNotTheirPayloads()
    {
        var result = await Run(recordPayloads: false);

        Assert.Equal(["P"], result.StateNames);
        Assert.Null(result.Events.Single(e => e.Type == "PassStateEntered").Input);
        Assert.Null(result.Events.Single(e => e.Type == "PassStateExited").Output);
        Assert.Equal("""{"done":true}""", result.Output!.ToJsonString());
    }
}
