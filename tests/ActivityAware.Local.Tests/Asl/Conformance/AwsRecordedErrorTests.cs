using System.Text.Json.Nodes;
using ActivityAware.Local.Asl;

namespace ActivityAware.Local.Tests.Asl.Conformance;

/// <summary>
/// Error names and causes as AWS Step Functions was recorded giving them. Sources: LocalStack's AWS-validated snapshot
/// v2/error_handling/test_states_errors.snapshot.json, and causes copied from real AWS executions in public material (floci's
/// StepFunctionsIntrinsicMissingArgumentIntegrationTest, "come from real AWS in us-east-1"; AWS console output quoted in blog posts).
/// </summary>
public class AwsRecordedErrorTests
{
    private const string TooLarge = "returned a result with a size exceeding the maximum number of bytes service limit.";

    /// <summary>AWS recording: localstack v2/error_handling/test_states_errors.snapshot.json, test_start_large_input.</summary>
    [Fact]
    public async Task PassResultOverTheLimit_FailsNamingTheState()
    {
        var machine = new JsonObject
        {
            ["StartAt"] = "State_1",
            ["States"] = new JsonObject { ["State_1"] = new JsonObject { ["Type"] = "Pass", ["Result"] = new JsonObject { ["Arg1"] = new string('a', 257 * 1024) }, ["End"] = true } },
        };
        var (error, cause) = await new AslHarness().Failure(AslJson.Serialize(machine));
        Assert.Equal("States.DataLimitExceeded", error);
        Assert.Equal($"The state/task 'State_1' {TooLarge}", cause);
    }

    /// <summary>
    /// AWS recording: localstack v2/error_handling/test_states_errors.snapshot.json, test_service_task_lambada_data_limit_exceeded_on_large_utf8_response
    /// and test_service_task_lambada_catch_state_all_data_limit_exceeded_on_large_utf8_response (lambda:invoke: the cause names the resource
    /// type), test_task_lambda_data_limit_exceeded_on_large_utf8_response and test_task_lambda_catch_state_all_… (a function ARN resource:
    /// the cause names the ARN). Either catcher takes the error.
    /// </summary>
    [Theory]
    [InlineData("arn:aws:states:::lambda:invoke", "States.DataLimitExceeded", "lambda")]
    [InlineData("arn:aws:states:::lambda:invoke", "States.ALL", "lambda")]
    [InlineData("arn:aws:lambda:us-east-1:111111111111:function:f", "States.DataLimitExceeded", "arn:aws:lambda:us-east-1:111111111111:function:f")]
    [InlineData("arn:aws:lambda:us-east-1:111111111111:function:f", "States.ALL", "arn:aws:lambda:us-east-1:111111111111:function:f")]
    public async Task TaskResultOverTheLimit_IsCaughtWithACauseNamingTheResource(string resource, string errorEquals, string named)
    {
        var harness = new AslHarness().Function("f", _ => JsonValue.Create(new string('a', 300_000)));
        var machine = """
            {"StartAt":"InvokeLambda","States":{
              "InvokeLambda":{"Type":"Task","Resource":"RESOURCE","Parameters":{"FunctionName.$":"$.FunctionName","Payload.$":"$.Payload"},
                "Catch":[{"ErrorEquals":["ERROR"],"Next":"Handle"}],"Next":"ProcessResult"},
              "ProcessResult":{"Type":"Pass","End":true},
              "Handle":{"Type":"Pass","End":true}}}
            """.Replace("RESOURCE", resource, StringComparison.Ordinal).Replace("ERROR", errorEquals, StringComparison.Ordinal);
        var output = await harness.Output(machine, """{"FunctionName":"f","Payload":null}""");
        Assert.Equal(AslJson.Serialize(new JsonObject { ["Error"] = "States.DataLimitExceeded", ["Cause"] = $"The state/task '{named}' {TooLarge}" }), output);
    }

    /// <summary>
    /// AWS's States.Runtime causes start "An error occurred while executing the state 'NAME' (entered at the event id #N). ", N the id of
    /// the state's StateEntered event. Real AWS causes quoted in public material: "… (entered at the event id #2). The JSONPath
    /// '$.fieldname' specified for the field 'fieldname.$' could not be found in the input"; "… (entered at the event id #13). Invalid path
    /// '$.Payload' : No results for path: $['Payload']"; "… (entered at the event id #2). The function 'States.Format('{}', $.nope)' had the
    /// following error: The JsonPath argument for the field '$.nope' could not be found in the input '{"other":1}'" (floci, recorded in
    /// us-east-1: the whole expression is named, however deep the failing argument sits).
    /// </summary>
    [Theory]
    [InlineData("Parameters path", """{"StartAt":"Pick","States":{"Pick":{"Type":"Pass","Parameters":{"missing.$":"$.nope.deep"},"End":true}}}""", """{"other":1}""",
        """An error occurred while executing the state 'Pick' (entered at the event id #2). The JSONPath '$.nope.deep' specified for the field 'missing.$' could not be found in the input '{"other":1}'""")]
    [InlineData("intrinsic argument", """{"StartAt":"Pick","States":{"Pick":{"Type":"Pass","Parameters":{"v.$":"States.Format('{}', $.nope)"},"End":true}}}""", """{"other":1}""",
        """An error occurred while executing the state 'Pick' (entered at the event id #2). The function 'States.Format('{}', $.nope)' had the following error: The JsonPath argument for the field '$.nope' could not be found in the input '{"other":1}'""")]
    [InlineData("nested intrinsic argument", """{"StartAt":"Pick","States":{"Pick":{"Type":"Pass","Parameters":{"v.$":"States.Format('{}', States.Format('{}', $.nope))"},"End":true}}}""", """{"other":1}""",
        """An error occurred while executing the state 'Pick' (entered at the event id #2). The function 'States.Format('{}', States.Format('{}', $.nope))' had the following error: The JsonPath argument for the field '$.nope' could not be found in the input '{"other":1}'""")]
    [InlineData("intrinsic argument past the end of an array", """{"StartAt":"Pick","States":{"Pick":{"Type":"Pass","Parameters":{"v.$":"States.Format('{}', $.items[5])"},"End":true}}}""", """{"items":[1,2]}""",
        """An error occurred while executing the state 'Pick' (entered at the event id #2). The function 'States.Format('{}', $.items[5])' had the following error: The JsonPath argument for the field '$.items[5]' could not be found in the input '{"items":[1,2]}'""")]
    [InlineData("a Map's Parameters, not caught by States.ALL", """{"StartAt":"M","States":{"M":{"Type":"Map","ItemsPath":"$.items","Parameters":{"v.$":"States.Format('{}', $.nope)"},"Iterator":{"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}},"Catch":[{"ErrorEquals":["States.ALL"],"Next":"Caught"}],"End":true},"Caught":{"Type":"Pass","End":true}}}""", """{"items":[1,2]}""",
        """An error occurred while executing the state 'M' (entered at the event id #2). The function 'States.Format('{}', $.nope)' had the following error: The JsonPath argument for the field '$.nope' could not be found in the input '{"items":[1,2]}'""")]
    [InlineData("OutputPath after a Pass (events: 1 started, 2-3 first state, 4 entered)", """{"StartAt":"A","States":{"A":{"Type":"Pass","Next":"B"},"B":{"Type":"Pass","OutputPath":"$.Payload","End":true}}}""", """{"x":1}""",
        """An error occurred while executing the state 'B' (entered at the event id #4). Invalid path '$.Payload' : No results for path: $['Payload']""")]
    public async Task RuntimeError_NamesTheStateAndItsEnteredEvent(string rule, string machine, string input, string expectedCause)
    {
        var (error, cause) = await new AslHarness().Failure(machine, input);
        Assert.Equal("States.Runtime", error);
        Assert.True(expectedCause == cause, $"{rule}: expected {expectedCause} but got {cause}");
    }

    /// <summary>
    /// The event id counts every history event before the state, as AWS numbers them (AWS recording: localstack
    /// v2/error_handling/test_states_errors.snapshot.json: TaskStateEntered #2, TaskScheduled #3, TaskStarted #4, TaskSucceeded/TaskFailed #5,
    /// TaskStateExited #6, so the next state is entered at #7).
    /// </summary>
    [Fact]
    public async Task RuntimeError_AfterATask_CountsTheTaskEvents()
    {
        var harness = new AslHarness().Function("f", _ => new JsonObject { ["ok"] = true });
        var machine = """
            {"StartAt":"InvokeLambda","States":{
              "InvokeLambda":{"Type":"Task","Resource":"arn:aws:lambda:us-east-1:111111111111:function:f","Next":"Check"},
              "Check":{"Type":"Pass","InputPath":"$.Payload","End":true}}}
            """;
        var (error, cause) = await harness.Failure(machine);
        Assert.Equal("States.Runtime", error);
        Assert.Equal("An error occurred while executing the state 'Check' (entered at the event id #7). Invalid path '$.Payload' : No results for path: $['Payload']", cause);
    }

    /// <summary>
    /// A state inside a Parallel branch is numbered in the one history: ExecutionStarted #1, ParallelStateEntered #2, ParallelStateStarted #3,
    /// the branch's first state #4; the branch's States.Runtime fails the execution with the inner state's cause, not prefixed again.
    /// </summary>
    [Fact]
    public async Task RuntimeError_InAParallelBranch_NamesTheInnerStateOnce()
    {
        var machine = """
            {"StartAt":"P","States":{"P":{"Type":"Parallel","End":true,"Branches":[
              {"StartAt":"Fast","States":{"Fast":{"Type":"Pass","Parameters":{"m.$":"$.nope"},"End":true}}}]}}}
            """;
        var (error, cause) = await new AslHarness().Failure(machine, """{"x":"a"}""");
        Assert.Equal("States.Runtime", error);
        Assert.Equal("""An error occurred while executing the state 'Fast' (entered at the event id #4). The JSONPath '$.nope' specified for the field 'm.$' could not be found in the input '{"x":"a"}'""", cause);
    }

    /// <summary>AWS recording: localstack v2/scenarios/test_base_scenarios.snapshot.json, test_wait_timestamp_path[NO_T, NO_Z, INVALID_DATE, INVALID_TIME, INVALID_ISO].</summary>
    [Theory]
    [InlineData("2016-12-05 21:29:29Z")]
    [InlineData("2016-12-05T21:29:29")]
    [InlineData("2016-13-05T21:29:29Z")]
    [InlineData("2016-12-05T25:29:29Z")]
    [InlineData("05-12-2016T21:29:29Z")]
    public async Task WaitTimestampPath_NotAnOffsetDateTime_FailsAsRecorded(string timestamp)
    {
        var machine = """{"StartAt":"WaitUntil","States":{"WaitUntil":{"Type":"Wait","TimestampPath":"$.TimestampValue","End":true}}}""";
        var (error, cause) = await new AslHarness().Failure(machine, new JsonObject { ["TimestampValue"] = timestamp }.ToJsonString());
        Assert.Equal("States.Runtime", error);
        Assert.Equal("An error occurred while executing the state 'WaitUntil' (entered at the event id #2). The TimestampPath parameter does not reference "
            + $"a valid ISO-8601 extended offset date-time format string: $.TimestampValue == {timestamp}", cause);
    }

    /// <summary>
    /// A count path that selects a wrong value fails the Map state. AWS recording: localstack v2/scenarios/test_base_scenarios.snapshot.json,
    /// test_map_state_tolerated_failure_count_path[NoNumber, -1] and test_map_state_tolerated_failure_percentage_path[{}, NoNumber, -1.1, -1,
    /// 100.1] (recorded on a distributed Map; the wording is the state's, not the mode's). MaxConcurrencyPath is worded the same way in
    /// LocalStack's interpreter, which its Map tests validate against AWS.
    /// </summary>
    [Theory]
    [InlineData("\"ToleratedFailureCountPath\":\"$.n\"", "\"NoNumber\"", "The ToleratedFailureCountPath field refers to value \"NoNumber\" which is not a valid integer: $.n")]
    [InlineData("\"ToleratedFailureCountPath\":\"$.n\"", "-1", "ToleratedFailureCount cannot be negative.")]
    [InlineData("\"ToleratedFailurePercentagePath\":\"$.n\"", "{}", "The ToleratedFailurePercentagePath field refers to value \"{}\" which is not a valid float: $.n")]
    [InlineData("\"ToleratedFailurePercentagePath\":\"$.n\"", "\"NoNumber\"", "The ToleratedFailurePercentagePath field refers to value \"NoNumber\" which is not a valid float: $.n")]
    [InlineData("\"ToleratedFailurePercentagePath\":\"$.n\"", "-1.1", "ToleratedFailurePercentage must be between 0 and 100.")]
    [InlineData("\"ToleratedFailurePercentagePath\":\"$.n\"", "-1", "ToleratedFailurePercentage must be between 0 and 100.")]
    [InlineData("\"ToleratedFailurePercentagePath\":\"$.n\"", "100.1", "ToleratedFailurePercentage must be between 0 and 100.")]
    [InlineData("\"MaxConcurrencyPath\":\"$.n\"", "\"many\"", "The MaxConcurrencyPath field refers to value \"many\" which is not a valid integer: $.n")]
    [InlineData("\"MaxConcurrencyPath\":\"$.n\"", "1.5", "The MaxConcurrencyPath field refers to value \"1.5\" which is not a valid integer: $.n")]
    [InlineData("\"MaxConcurrencyPath\":\"$.n\"", "-1", "Expected non-negative integer for MaxConcurrency, got '-1' instead.")]
    public async Task MapCountPath_WrongValue_FailsWithRuntime(string field, string value, string expectedCause)
    {
        var machine = "{\"StartAt\":\"M\",\"States\":{\"M\":{\"Type\":\"Map\",\"ItemsPath\":\"$.items\"," + field
            + ",\"ItemProcessor\":{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"End\":true}}},\"End\":true}}}";
        var (error, cause) = await new AslHarness().Failure(machine, $"{{\"items\":[1],\"n\":{value}}}");
        Assert.Equal("States.Runtime", error);
        Assert.Equal($"An error occurred while executing the state 'M' (entered at the event id #2). {expectedCause}", cause);
    }

    [Fact]
    public async Task MaxConcurrencyPath_StringHoldingAnInteger_IsThatInteger()
    {
        var machine = """{"StartAt":"M","States":{"M":{"Type":"Map","ItemsPath":"$.items","MaxConcurrencyPath":"$.n","ItemProcessor":{"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}},"End":true}}}""";
        Assert.Equal("[1,2]", await new AslHarness().Output(machine, """{"items":[1,2],"n":"1"}"""));
    }

    /// <summary>
    /// A task timeout has no cause: uncaught, the execution fails with States.Timeout alone; caught, the error output's Cause is "".
    /// AWS recording: localstack v2/timeouts/test_timeouts.snapshot.json, test_fixed_timeout_service_lambda;
    /// v2/error_handling/test_task_service_lambda.snapshot.json, test_invoke_timeout.
    /// </summary>
    [Theory]
    [InlineData(false, null)]
    [InlineData(true, """{"Error":"States.Timeout","Cause":""}""")]
    public async Task TaskTimeout_HasNoCause(bool caught, string? expectedOutput)
    {
        var harness = new AslHarness();
        harness.Functions.Register("slow", async (_, ct) => { await Task.Delay(Timeout.Infinite, ct); return null; });
        const string task = "\"Start\":{\"Type\":\"Task\",\"Resource\":\"arn:aws:states:::lambda:invoke\",\"Parameters\":{\"FunctionName\":\"slow\"},\"TimeoutSeconds\":5,\"End\":true";
        var machine = caught
            ? "{\"StartAt\":\"Start\",\"States\":{" + task + ""","Catch":[{"ErrorEquals":["States.Timeout"],"Next":"EndWithHandler"}]},"EndWithHandler":{"Type":"Pass","End":true}}}"""
            : "{\"StartAt\":\"Start\",\"States\":{" + task + "}}}";
        var run = harness.Run(machine);
        while (!run.IsCompleted)
        {
            harness.Time.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(5);
        }
        var result = await run;
        if (caught)
        {
            Assert.Equal(expectedOutput, AslJson.Serialize(result.Output));
            return;
        }
        Assert.Equal(("States.Timeout", (string?)null), (result.Error, result.Cause));
    }
}
