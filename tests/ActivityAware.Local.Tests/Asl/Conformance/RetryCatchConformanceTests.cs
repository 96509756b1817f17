using System.Text.Json.Nodes;
using ActivityAware.Local.Asl.Definition;

namespace ActivityAware.Local.Tests.Asl.Conformance;

/// <summary>States Language spec, "Error Handling": Retriers, Catchers, the Error Output and States.Timeout.</summary>
public class RetryCatchConformanceTests
{
    private sealed class ErrorA() : Exception("a");

    private sealed class ErrorB() : Exception("b");

    private sealed class ErrorC() : Exception("c");

    private static AslHarness Failing(params Exception[] failures)
    {
        var attempt = 0;
        return new AslHarness().Function("f", _ =>
        {
            var i = attempt++;
            return i < failures.Length ? throw failures[i] : new JsonObject { ["attempts"] = i + 1 };
        });
    }

    private static string Machine(string retry, string catcher = "[]") => $$$$"""
        {"StartAt":"X","States":{
          "X":{"Type":"Task","Resource":"arn:aws:lambda:us-east-1:123456789012:function:f","Retry":{{{{retry}}}},"Catch":{{{{catcher}}}},"Next":"Y"},
          "Y":{"Type":"Pass","Next":"Z"},
          "Z":{"Type":"Pass","End":true}}}
        """;

    [Fact]
    public async Task SpecComplexRetryScenario_EachRetrierCountsItsOwnAttempts_ThenCatchRoutesToZ()
    {
        // Spec: errors ErrorA, ErrorB, ErrorC, ErrorB → waits of 1 and 2 s (first retrier), 5 s (second); the fourth error
        // exhausts the first retrier (MaxAttempts 2) and the Catch on States.ALL routes to Z.
        var harness = Failing(new ErrorA(), new ErrorB(), new ErrorC(), new ErrorB());
        var result = await harness.Run(Machine(
            """[{"ErrorEquals":["ErrorA","ErrorB"],"IntervalSeconds":1,"BackoffRate":2,"MaxAttempts":2},{"ErrorEquals":["ErrorC"],"IntervalSeconds":5}]""",
            """[{"ErrorEquals":["States.ALL"],"Next":"Z"}]"""));
        Assert.True(result.Succeeded);
        Assert.Equal("ErrorB", (string?)result.Output!["Error"]);
        Assert.Equal([1.0, 2.0, 5.0], harness.Waiter.Delays.Select(d => d.TotalSeconds));
        Assert.Equal(["X", "Z"], result.StateNames);
    }

    [Theory]
    [InlineData("spec: 2 retries after waits of 3 and 6 seconds", """[{"ErrorEquals":["ErrorA"],"IntervalSeconds":3,"MaxAttempts":2,"BackoffRate":2.0}]""", new[] { 3.0, 6.0 })]
    [InlineData("spec: MaxDelaySeconds 4 caps the second wait", """[{"ErrorEquals":["ErrorA"],"IntervalSeconds":3,"MaxAttempts":2,"BackoffRate":2.0,"MaxDelaySeconds":4}]""", new[] { 3.0, 4.0 })]
    [InlineData("defaults: IntervalSeconds 1, BackoffRate 2.0", """[{"ErrorEquals":["ErrorA"],"MaxAttempts":2}]""", new[] { 1.0, 2.0 })]
    [InlineData("BackoffRate 1.0 keeps the interval", """[{"ErrorEquals":["ErrorA"],"IntervalSeconds":2,"MaxAttempts":2,"BackoffRate":1.0}]""", new[] { 2.0, 2.0 })]
    [InlineData("States.ALL matches any error name", """[{"ErrorEquals":["States.ALL"],"MaxAttempts":2}]""", new[] { 1.0, 2.0 })]
    [InlineData("States.TaskFailed matches a task's error", """[{"ErrorEquals":["States.TaskFailed"],"MaxAttempts":2}]""", new[] { 1.0, 2.0 })]
    public async Task Retrier_WaitsAsTheSpecSays(string rule, string retry, double[] waits)
    {
        var harness = Failing(new ErrorA(), new ErrorA());
        var output = await harness.Output(Machine(retry));
        Assert.True(waits.SequenceEqual(harness.Waiter.Delays.Select(d => d.TotalSeconds)), $"{rule}: {string.Join(",", harness.Waiter.Delays)} ({output})");
    }

    [Theory]
    [InlineData("States.ALL")]
    [InlineData("States.HeartbeatTimeout")]
    [InlineData("States.Timeout")]
    [InlineData("States.TaskFailed")]
    [InlineData("States.Permissions")]
    [InlineData("States.ResultPathMatchFailure")]
    [InlineData("States.ParameterPathFailure")]
    [InlineData("States.BranchFailed")]
    [InlineData("States.NoChoiceMatched")]
    [InlineData("States.IntrinsicFailure")]
    [InlineData("States.ExceedToleratedFailureThreshold")]
    [InlineData("States.ItemReaderFailed")]
    [InlineData("States.ResultWriterFailed")]
    [InlineData("States.QueryEvaluationError")]
    [InlineData("States.Http.Socket")]
    public void PredefinedErrorName_IsAcceptedInErrorEquals(string name)
    {
        var definition = Machine($$$"""[{"ErrorEquals":["{{{name}}}"]}]""", $$$"""[{"ErrorEquals":["{{{name}}}"],"Next":"Z"}]""");
        Assert.NotNull(AslHarness.Load(definition));
    }

    [Fact]
    public async Task MaxAttemptsZero_NeverRetries_TheNextRetrierIsNotConsulted()
    {
        // Spec: a Retrier with MaxAttempts 0 before States.ALL means "retry any error except States.Timeout".
        var harness = Failing(new ErrorA());
        var (error, _) = await harness.Failure(Machine("""[{"ErrorEquals":["ErrorA"],"MaxAttempts":0},{"ErrorEquals":["States.ALL"]}]"""));
        Assert.Equal("ErrorA", error);
        Assert.Empty(harness.Waiter.Delays);
    }

    [Theory]
    [InlineData("the default Catch ResultPath is $: the output is the Error Output", "[{\"ErrorEquals\":[\"ErrorA\"],\"Next\":\"Z\"}]", "{\"Error\":\"ErrorA\"")]
    [InlineData("a Catch ResultPath injects the Error Output into the raw input", "[{\"ErrorEquals\":[\"ErrorA\"],\"ResultPath\":\"$.error-info\",\"Next\":\"Z\"}]", "{\"in\":1,\"error-info\":{\"Error\":\"ErrorA\"")]
    [InlineData("a Catch ResultPath null keeps the raw input", "[{\"ErrorEquals\":[\"ErrorA\"],\"ResultPath\":null,\"Next\":\"Z\"}]", "{\"in\":1}")]
    [InlineData("Catchers are scanned in order", "[{\"ErrorEquals\":[\"ErrorB\"],\"Next\":\"Y\"},{\"ErrorEquals\":[\"ErrorA\",\"ErrorC\"],\"ResultPath\":null,\"Next\":\"Z\"}]", "{\"in\":1}")]
    public async Task Catcher_BuildsTheNextInput(string rule, string catcher, string expectedPrefix)
    {
        var output = await Failing(new ErrorA()).Output(Machine("[]", catcher), """{"in":1}""");
        Assert.True(output.StartsWith(expectedPrefix, StringComparison.Ordinal), $"{rule}: {output}");
    }

    [Fact]
    public async Task TimeoutSeconds_TaskRunningLonger_FailsWithStatesTimeout_WhichStatesAllRetriesAndCatches()
    {
        var harness = new AslHarness();
        harness.Functions.Register("slow", async (_, ct) => { await Task.Delay(Timeout.Infinite, ct); return null; });
        var definition = """
            {"StartAt":"T","States":{"T":{"Type":"Task","Resource":"arn:aws:lambda:us-east-1:123456789012:function:slow","TimeoutSeconds":5,
              "Catch":[{"ErrorEquals":["States.ALL"],"Next":"Z"}],"End":true},"Z":{"Type":"Pass","OutputPath":"$.Error","End":true}}}
            """;
        var run = harness.Run(definition);
        while (!run.IsCompleted)
        {
            harness.Time.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(5);
        }
        var result = await run;
        Assert.Equal("\"States.Timeout\"", ActivityAware.Local.Asl.AslJson.Serialize(result.Output));
    }

    [Theory]
    [InlineData("States.ALL MUST appear alone in ErrorEquals (Retry)", "\"Retry\":[{\"ErrorEquals\":[\"States.ALL\",\"ErrorA\"]}]")]
    [InlineData("States.ALL MUST be in the last Retrier", "\"Retry\":[{\"ErrorEquals\":[\"States.ALL\"]},{\"ErrorEquals\":[\"ErrorA\"]}]")]
    [InlineData("States.ALL MUST appear alone in ErrorEquals (Catch)", "\"Catch\":[{\"ErrorEquals\":[\"ErrorA\",\"States.ALL\"],\"Next\":\"Z\"}]")]
    [InlineData("States.ALL MUST be in the last Catcher", "\"Catch\":[{\"ErrorEquals\":[\"States.ALL\"],\"Next\":\"Z\"},{\"ErrorEquals\":[\"ErrorA\"],\"Next\":\"Z\"}]")]
    [InlineData("ErrorEquals MUST be a non-empty array", "\"Retry\":[{\"ErrorEquals\":[]}]")]
    // Kept without an AWS recording either way: LocalStack, built for AWS parity, rejects unknown States.* names at creation ("Custom Error
    // Names MUST NOT begin with the prefix 'States.'", localstack/localstack#10489); an aws-samples Terraform sample declaring
    // States.TaskFailedId hints AWS may accept them.
    [InlineData("names starting with States. are reserved for the predefined errors (Retry)", "\"Retry\":[{\"ErrorEquals\":[\"States.TaskFailedId\"]}]")]
    [InlineData("names starting with States. are reserved for the predefined errors (Catch)", "\"Catch\":[{\"ErrorEquals\":[\"States.Unknown\"],\"Next\":\"Z\"}]")]
    [InlineData("ErrorEquals is required", "\"Retry\":[{\"MaxAttempts\":1}]")]
    [InlineData("IntervalSeconds MUST be a positive integer", "\"Retry\":[{\"ErrorEquals\":[\"ErrorA\"],\"IntervalSeconds\":0}]")]
    [InlineData("MaxAttempts MUST be a non-negative integer", "\"Retry\":[{\"ErrorEquals\":[\"ErrorA\"],\"MaxAttempts\":-1}]")]
    [InlineData("MaxDelaySeconds MUST be a positive integer", "\"Retry\":[{\"ErrorEquals\":[\"ErrorA\"],\"MaxDelaySeconds\":0}]")]
    [InlineData("BackoffRate MUST be >= 1.0", "\"Retry\":[{\"ErrorEquals\":[\"ErrorA\"],\"BackoffRate\":0.5}]")]
    [InlineData("JitterStrategy values other than FULL and NONE are not run", "\"Retry\":[{\"ErrorEquals\":[\"ErrorA\"],\"JitterStrategy\":\"SAMPLE\"}]")]
    [InlineData("a Catcher MUST have Next", "\"Catch\":[{\"ErrorEquals\":[\"ErrorA\"]}]")]
    [InlineData("a Catcher's Next MUST name a state", "\"Catch\":[{\"ErrorEquals\":[\"ErrorA\"],\"Next\":\"Nowhere\"}]")]
    [InlineData("a Catcher's ResultPath MUST be a Reference Path", "\"Catch\":[{\"ErrorEquals\":[\"ErrorA\"],\"ResultPath\":\"$.a[*]\",\"Next\":\"Z\"}]")]
    [InlineData("an unknown Retrier field is rejected", "\"Retry\":[{\"ErrorEquals\":[\"ErrorA\"],\"MaxRetries\":1}]")]
    [InlineData("Retry MUST be an array", "\"Retry\":{\"ErrorEquals\":[\"ErrorA\"]}")]
    [InlineData("HeartbeatSeconds MUST be smaller than TimeoutSeconds", "\"TimeoutSeconds\":5,\"HeartbeatSeconds\":5")]
    [InlineData("TimeoutSeconds MUST be a positive integer", "\"TimeoutSeconds\":0")]
    [InlineData("MUST NOT include both TimeoutSeconds and TimeoutSecondsPath", "\"TimeoutSeconds\":5,\"TimeoutSecondsPath\":\"$.t\"")]
    [InlineData("TimeoutSecondsPath MUST be a Reference Path", "\"TimeoutSecondsPath\":\"$.t[*]\"")]
    [InlineData("HeartbeatSecondsPath MUST be a Reference Path", "\"HeartbeatSecondsPath\":\"$..h\"")]
    [InlineData("HeartbeatSeconds MUST be a positive integer", "\"HeartbeatSeconds\":0")]
    [InlineData("MUST NOT include both HeartbeatSeconds and HeartbeatSecondsPath", "\"HeartbeatSeconds\":5,\"HeartbeatSecondsPath\":\"$.h\"")]
    public void InvalidErrorHandling_IsRejectedAtLoad(string rule, string fields)
    {
        var definition = "{\"StartAt\":\"X\",\"States\":{\"X\":{\"Type\":\"Task\",\"Resource\":\"arn:aws:lambda:us-east-1:123456789012:function:f\"," + fields +
            ",\"End\":true},\"Z\":{\"Type\":\"Succeed\"}}}";
        var e = Assert.Throws<AslDefinitionException>(() => AslHarness.Load(definition));
        Assert.False(string.IsNullOrEmpty(e.Message), rule);
    }

    private static string AslJson(JsonNode? node) => ActivityAware.Local.Asl.AslJson.Serialize(node);
}
