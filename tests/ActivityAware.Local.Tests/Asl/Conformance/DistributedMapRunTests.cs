using System.Text.Json.Nodes;
using ActivityAware.Local.Asl;

namespace ActivityAware.Local.Tests.Asl.Conformance;

/// <summary>
/// Running a Map state in Distributed mode: children as child workflow executions, the Map Run in the parent history, failure tolerance.
/// Sources: AWS recordings in localstack tests/aws/services/stepfunctions/v2/scenarios/test_base_scenarios.snapshot.json
/// (test_map_state_config_distributed_item_selector, test_map_state_config_distributed_parameters); developer guide, "Using Map state in
/// Distributed mode" (child workflow executions, ToleratedFailureCount/Percentage, States.ExceedToleratedFailureThreshold), "Context object"
/// (the context of a child workflow execution) and "Passing data between states with variables" (a distributed child cannot read the
/// parent's variables).
/// </summary>
public class DistributedMapRunTests
{
    private const string Distributed = "\"ProcessorConfig\":{\"Mode\":\"DISTRIBUTED\",\"ExecutionType\":\"STANDARD\"}";

    /// <summary>map_state_config_distributed_item_selector.json5 (and _parameters.json5 with the legacy field name).</summary>
    private static string ConfigDistributed(string selectorField) => """
        {"StartAt":"MapState","States":{"MapState":{"Type":"Map","MaxConcurrency":1,
          "
        """ + selectorField + """
        ":{"constantValue":"constant","mapValue.$":"$$.Map.Item.Value","fromInput.$":"$"},
          "ItemProcessor":{"StartAt":"IteratorInner","States":{"IteratorInner":{"Type":"Pass","End":true}},
            "ProcessorConfig":{"Mode":"DISTRIBUTED","ExecutionType":"STANDARD"}},
          "Next":"Finish"},
          "Finish":{"Type":"Succeed"}}}
        """;

    [Theory]
    [InlineData("ItemSelector")]
    [InlineData("Parameters")]
    public async Task RecordedConfigDistributed_OutputAsRecorded(string selectorField)
    {
        var output = await new AslHarness().Output(ConfigDistributed(selectorField), """["Hello", "World"]""");
        Assert.Equal("""[{"constantValue":"constant","mapValue":"Hello","fromInput":["Hello","World"]},{"constantValue":"constant","mapValue":"World","fromInput":["Hello","World"]}]""",
            output);
    }

    [Fact]
    public async Task RecordedConfigDistributed_ParentHistoryHoldsTheMapRunNotTheChildStates()
    {
        var result = await new AslHarness().Run(ConfigDistributed("ItemSelector"), """["Hello", "World"]""");
        Assert.Equal(["ExecutionStarted", "MapStateEntered", "MapStateStarted", "MapRunStarted", "MapRunSucceeded", "MapStateSucceeded", "MapStateExited",
            "SucceedStateEntered", "SucceedStateExited", "ExecutionSucceeded"], result.Events.Select(e => e.Type));
        Assert.Equal(2, (int)result.Events.Single(e => e.Type == "MapStateStarted").Output!);
        Assert.Equal(["MapState", "Finish"], result.StateNames);
        Assert.Matches(@"^arn:aws:states:us-east-1:123456789012:mapRun:test-machine/[0-9a-f-]{36}:[0-9a-f-]{36}$",
            result.Events.Single(e => e.Type == "MapRunStarted").Resource);
    }

    [Fact]
    public async Task Label_NamesTheMapRun()
    {
        var result = await new AslHarness().Run("""
            {"StartAt":"M","States":{"M":{"Type":"Map","Label":"TestMap","ItemProcessor":{
            """ + Distributed + """
            ,"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}},"End":true}}}
            """, "[1]");
        Assert.StartsWith("arn:aws:states:us-east-1:123456789012:mapRun:test-machine/TestMap:", result.Events.Single(e => e.Type == "MapRunStarted").Resource);
    }

    [Fact]
    public async Task ChildExecution_ContextObjectIsTheChildsOwn()
    {
        var output = await new AslHarness().Output("""
            {"StartAt":"M","States":{"M":{"Type":"Map","Label":"Batch","ItemProcessor":{"ProcessorConfig":{"Mode":"DISTRIBUTED","ExecutionType":"EXPRESS"},
              "StartAt":"P","States":{"P":{"Type":"Pass","Parameters":{"input.$":"$$.Execution.Input","name.$":"$$.Execution.Name","id.$":"$$.Execution.Id",
                "machine.$":"$$.StateMachine","state.$":"$$.State.Name"},"End":true}}},"End":true}}}
            """, "[7]");
        var child = JsonNode.Parse(output)![0]!;
        var name = (string)child["name"]!;
        Assert.Equal(7, (int)child["input"]!);
        Assert.Equal($"arn:aws:states:us-east-1:123456789012:express:test-machine/Batch:{name}", (string)child["id"]!);
        Assert.Equal("""{"Id":"arn:aws:states:us-east-1:123456789012:stateMachine:test-machine/Batch","Name":"test-machine/Batch"}""", AslJson.Serialize(child["machine"]));
        Assert.Equal("P", (string)child["state"]!);
        Assert.NotEqual("exec-1", name);
    }

    [Fact]
    public async Task ChildExecution_CannotReadTheParentsVariables()
    {
        var (error, cause) = await new AslHarness().Failure("""
            {"StartAt":"Set","States":{"Set":{"Type":"Pass","Assign":{"greeting":"hello"},"Next":"M"},
             "M":{"Type":"Map","ItemsPath":"$.items","ItemProcessor":{"ProcessorConfig":{"Mode":"DISTRIBUTED","ExecutionType":"STANDARD"},
              "StartAt":"P","States":{"P":{"Type":"Pass","Parameters":{"g.$":"$greeting"},"End":true}}},"End":true}}}
            """, """{"items":[1]}""");
        // The child fails on the unknown variable; with no tolerance that fails the Map Run.
        Assert.Equal(("States.ExceedToleratedFailureThreshold", "The specified tolerated failure threshold was exceeded"), (error, cause));
    }

    /// <summary>An iteration that fails (Fail state "ItemFailed") when its input has "fail": true.</summary>
    private static string FailingItems(string fields) => """
        {"StartAt":"M","States":{"M":{"Type":"Map","ItemsPath":"$.items",
        """ + fields + """
        ,"ItemProcessor":{"ProcessorConfig":{"Mode":"DISTRIBUTED","ExecutionType":"STANDARD"},"StartAt":"Check","States":{
            "Check":{"Type":"Choice","Choices":[{"Variable":"$.fail","BooleanEquals":true,"Next":"Bad"}],"Default":"Good"},
            "Bad":{"Type":"Fail","Error":"ItemFailed","Cause":"bad item"},
            "Good":{"Type":"Pass","OutputPath":"$.id","End":true}}},
          "End":true}}}
        """;

    private static string Items(int count, int failing) =>
        "{\"items\":[" + string.Join(",", Enumerable.Range(0, count).Select(i => $"{{\"id\":{i},\"fail\":{(i < failing ? "true" : "false")}}}")) + "]}";

    [Fact]
    public async Task FailedChild_WithoutTolerance_FailsTheMapRunWithTheThresholdError()
    {
        var result = await new AslHarness().Run(FailingItems("\"MaxConcurrency\":1"), Items(3, 1));
        Assert.Equal(("States.ExceedToleratedFailureThreshold", "The specified tolerated failure threshold was exceeded"), (result.Error, result.Cause));
        var mapRunFailed = result.Events.Single(e => e.Type == "MapRunFailed");
        Assert.Equal("States.ExceedToleratedFailureThreshold", mapRunFailed.Error);
        Assert.Contains(result.Events, e => e.Type == "MapStateFailed");
        Assert.DoesNotContain(result.Events, e => e.Type.StartsWith("MapIteration", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("ToleratedFailureCount: failures up to the count", "\"ToleratedFailureCount\":2", 2, "[null,null,2,3]")]
    [InlineData("ToleratedFailurePercentage: failures up to the percentage", "\"ToleratedFailurePercentage\":25", 1, "[null,1,2,3]")]
    public async Task ToleratedFailures_WithinThreshold_FailedChildrenLeaveNull(string rule, string tolerance, int failing, string expected)
    {
        var result = await new AslHarness().Run(FailingItems(tolerance), Items(4, failing));
        Assert.True(result.Succeeded, $"{rule}: {result.Error} {result.Cause}");
        Assert.Equal(expected, AslJson.Serialize(result.Output));
    }

    [Theory]
    [InlineData("\"ToleratedFailureCount\":1", 2)]
    [InlineData("\"ToleratedFailurePercentage\":25", 2)]
    [InlineData("\"ToleratedFailureCountPath\":\"$.tolerate\"", 2)]
    public async Task ToleratedFailures_Breached_FailsWithTheThresholdError(string tolerance, int failing)
    {
        var input = JsonNode.Parse(Items(4, failing))!;
        input["tolerate"] = 1;
        var (error, cause) = await new AslHarness().Failure(FailingItems(tolerance), input.ToJsonString());
        Assert.Equal(("States.ExceedToleratedFailureThreshold", "The specified tolerated failure threshold was exceeded"), (error, cause));
    }

    /// <summary>
    /// test_map_state_tolerated_failure_count_path[NoNumber], [-1] and [1]: the path is read after MapStateStarted and before the Map Run
    /// starts; a bad value fails the execution there with States.Runtime (no MapRunStarted, no MapStateFailed).
    /// </summary>
    [Theory]
    [InlineData("\"NoNumber\"", "States.Runtime", "The ToleratedFailureCountPath field refers to value \"NoNumber\" which is not a valid integer: $.ToleratedFailureCount")]
    [InlineData("-1", "States.Runtime", "ToleratedFailureCount cannot be negative.")]
    [InlineData("1", null, null)]
    public async Task RecordedToleratedFailureCountPath_ReadBeforeTheMapRun(string value, string? error, string? cause)
    {
        var machine = """
            {"StartAt":"MapState","States":{"MapState":{"Type":"Map","ItemsPath":"$.Items","ToleratedFailureCountPath":"$.ToleratedFailureCount",
              "ItemProcessor":{"ProcessorConfig":{"Mode":"DISTRIBUTED","ExecutionType":"STANDARD"},"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}},"End":true}}}
            """;
        var result = await new AslHarness().Run(machine, $"{{\"Items\":[0],\"ToleratedFailureCount\":{value}}}");
        if (error is null)
        {
            Assert.Equal("[0]", AslJson.Serialize(result.Output));
            Assert.Equal(["ExecutionStarted", "MapStateEntered", "MapStateStarted", "MapRunStarted", "MapRunSucceeded", "MapStateSucceeded", "MapStateExited", "ExecutionSucceeded"],
                result.Events.Select(e => e.Type));
            return;
        }
        Assert.Equal((error, $"An error occurred while executing the state 'MapState' (entered at the event id #2). {cause}"), (result.Error, result.Cause));
        Assert.Equal(["ExecutionStarted", "MapStateEntered", "MapStateStarted", "ExecutionFailed"], result.Events.Select(e => e.Type));
    }

    [Fact]
    public async Task ThresholdError_IsCaughtLikeAnyStateError()
    {
        var machine = """
            {"StartAt":"M","States":{"M":{"Type":"Map","ItemsPath":"$.items","ItemProcessor":{"ProcessorConfig":{"Mode":"DISTRIBUTED","ExecutionType":"STANDARD"},
              "StartAt":"F","States":{"F":{"Type":"Fail","Error":"Boom"}}},
              "Catch":[{"ErrorEquals":["States.ExceedToleratedFailureThreshold"],"ResultPath":"$.error","Next":"Handled"}],"End":true},
             "Handled":{"Type":"Pass","End":true}}}
            """;
        var output = await new AslHarness().Output(machine, """{"items":[1]}""");
        Assert.Equal("""{"items":[1],"error":{"Error":"States.ExceedToleratedFailureThreshold","Cause":"The specified tolerated failure threshold was exceeded"}}""",
            output);
    }

    [Fact]
    public async Task MaxConcurrency_BoundsTheChildrenInFlight()
    {
        var inFlight = 0;
        var peak = 0;
        var harness = new AslHarness();
        harness.Functions.Register("work", (Func<JsonNode?, CancellationToken, Task<JsonNode?>>)(async (payload, _) =>
        {
            var now = Interlocked.Increment(ref inFlight);
            InterlockedMax(ref peak, now);
            await Task.Delay(20);
            Interlocked.Decrement(ref inFlight);
            return payload;
        }));
        var output = await harness.Output("""
            {"StartAt":"M","States":{"M":{"Type":"Map","MaxConcurrency":2,"ItemProcessor":{"ProcessorConfig":{"Mode":"DISTRIBUTED","ExecutionType":"STANDARD"},
              "StartAt":"W","States":{"W":{"Type":"Task","Resource":"arn:aws:lambda:us-east-1:123456789012:function:work","End":true}}},"End":true}}}
            """, "[1,2,3,4,5,6]");
        Assert.Equal("[1,2,3,4,5,6]", output);
        Assert.InRange(peak, 1, 2);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while (value > (current = Volatile.Read(ref target)) && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}
