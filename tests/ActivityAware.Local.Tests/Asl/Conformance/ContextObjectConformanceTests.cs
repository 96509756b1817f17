using System.Text.Json.Nodes;

namespace ActivityAware.Local.Tests.Asl.Conformance;

/// <summary>The context object (<c>$$</c>) as the AWS developer guide describes it for the JSONPath query language.</summary>
public class ContextObjectConformanceTests
{
    [Fact]
    public async Task ContextObject_HasTheExecutionStateAndStateMachineFields()
    {
        var output = await new AslHarness().Output(AslHarness.PassMachine("""
            "Parameters":{"ctx.$":"$$"}
            """), """{"in":1}""");
        var ctx = JsonNode.Parse(output)!["ctx"]!;
        Assert.Equal("arn:aws:states:us-east-1:123456789012:execution:test-machine:exec-1", (string?)ctx["Execution"]!["Id"]);
        Assert.Equal("""{"in":1}""", ctx["Execution"]!["Input"]!.ToJsonString());
        Assert.Equal("exec-1", (string?)ctx["Execution"]!["Name"]);
        Assert.Equal("2026-11-28T12:00:00.000Z", (string?)ctx["Execution"]!["StartTime"]);
        Assert.NotNull((string?)ctx["Execution"]!["RoleArn"]);
        Assert.Equal("P", (string?)ctx["State"]!["Name"]);
        Assert.Equal("2026-11-28T12:00:00.000Z", (string?)ctx["State"]!["EnteredTime"]);
        Assert.Equal("arn:aws:states:us-east-1:123456789012:stateMachine:test-machine", (string?)ctx["StateMachine"]!["Id"]);
        Assert.Equal("test-machine", (string?)ctx["StateMachine"]!["Name"]);
        Assert.Null(ctx["Map"]);
    }

    [Fact]
    public async Task RetryCount_CountsTheRetriesOfTheCurrentState()
    {
        var seen = new List<int>();
        var harness = new AslHarness().Function("f", payload =>
        {
            seen.Add((int)payload!["retry"]!);
            return seen.Count < 3 ? throw new InvalidOperationException("again") : new JsonObject();
        });
        await harness.Output(AslHarness.TaskMachine("""
            "Parameters":{"retry.$":"$$.State.RetryCount"},"Retry":[{"ErrorEquals":["States.ALL"],"MaxAttempts":3}]
            """));
        Assert.Equal([0, 1, 2], seen);
    }

    [Fact]
    public async Task MapItem_IsOnlyInTheItemSelector()
    {
        var (error, _) = await new AslHarness().Failure("""
            {"StartAt":"M","States":{"M":{"Type":"Map","ItemProcessor":{"StartAt":"I","States":{"I":{"Type":"Pass","Parameters":{"i.$":"$$.Map.Item.Index"},"End":true}}},"End":true}}}
            """, "[1]");
        Assert.Equal("States.Runtime", error);
    }

    /// <summary>
    /// Was "a Pass state's $$.State.RetryCount is 0"; AWS recording: localstack v2/context_object/test_context_object.snapshot.json,
    /// test_input_path[$$] and test_output_path[$$]: a Pass state's whole context object, members in this order, and no RetryCount.
    /// </summary>
    [Fact]
    public async Task ContextObject_OfAPassState_IsWhatAwsRecorded()
    {
        var output = await new AslHarness().Output("""{"StartAt":"TestState","States":{"TestState":{"Type":"Pass","InputPath":"$$","End":true}}}""",
            """{"input-value":0}""");
        var expected = new JsonObject
        {
            ["Execution"] = new JsonObject
            {
                ["Id"] = "arn:aws:states:us-east-1:123456789012:execution:test-machine:exec-1",
                ["Input"] = new JsonObject { ["input-value"] = 0 },
                ["StartTime"] = "2026-11-28T12:00:00.000Z",
                ["Name"] = "exec-1",
                ["RoleArn"] = "arn:aws:iam::123456789012:role/test-machine-role",
                ["RedriveCount"] = 0,
            },
            ["StateMachine"] = new JsonObject { ["Id"] = "arn:aws:states:us-east-1:123456789012:stateMachine:test-machine", ["Name"] = "test-machine" },
            ["State"] = new JsonObject { ["Name"] = "TestState", ["EnteredTime"] = "2026-11-28T12:00:00.000Z" },
        };
        Assert.Equal(ActivityAware.Local.Asl.AslJson.Serialize(expected), output);
    }
}
