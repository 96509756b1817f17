using System.Text.Json.Nodes;
using ActivityAware.Local.Asl;

namespace ActivityAware.Local.Tests.Asl;

public class RetryCatchTests
{
    private const string NoCatch = """[{"ErrorEquals":["NeverThrownException"],"Next":"Caught"}]""";

    private sealed class ThrottledException(string message) : Exception(message);

    private sealed class BrokenException(string message) : Exception(message);

    /// <summary>Fails with the given exceptions in order, then returns {"ok":attempt}.</summary>
    private static AslHarness Failing(params Exception[] failures)
    {
        var attempt = 0;
        return new AslHarness().Function("f", _ =>
        {
            var i = attempt++;
            if (i < failures.Length)
                throw failures[i];
            return new JsonObject { ["ok"] = i };
        });
    }

    private static string Machine(string retry, string catcher = NoCatch) => $$$$"""
        {"StartAt":"T","States":{
          "T":{"Type":"Task","Resource":"arn:aws:lambda:us-east-1:123456789012:function:f","Retry":{{{{retry}}}},"Catch":{{{{catcher}}}},"End":true},
          "Caught":{"Type":"Pass","End":true}}}
        """;

    [Fact]
    public async Task Retry_Defaults_WaitOneTwoFourSeconds()
    {
        var harness = Failing(new ThrottledException("1"), new ThrottledException("2"), new ThrottledException("3"));
        var output = await harness.Output(Machine("""[{"ErrorEquals":["ThrottledException"]}]"""));
        Assert.Equal("""{"ok":3}""", output);
        Assert.Equal([1.0, 2.0, 4.0], harness.Waiter.Delays.Select(d => d.TotalSeconds));
    }

    [Fact]
    public async Task Retry_Exhausted_FailsWithTheFunctionsExceptionName()
    {
        var harness = Failing(new ThrottledException("a"), new ThrottledException("b"), new ThrottledException("c"));
        var (error, cause) = await harness.Failure(Machine("""[{"ErrorEquals":["ThrottledException"],"MaxAttempts":2,"IntervalSeconds":3,"BackoffRate":1.5}]"""));
        Assert.Equal("ThrottledException", error);
        var causeJson = JsonNode.Parse(cause!)!;
        Assert.Equal("c", (string?)causeJson["errorMessage"]);
        Assert.Equal("ThrottledException", (string?)causeJson["errorType"]);
        Assert.IsType<JsonArray>(causeJson["stackTrace"]);
        Assert.Equal([3.0, 4.5], harness.Waiter.Delays.Select(d => d.TotalSeconds));
    }

    [Fact]
    public async Task Retry_MaxDelaySeconds_CapsBackoff()
    {
        var harness = Failing(Enumerable.Range(0, 4).Select(i => (Exception)new ThrottledException($"{i}")).ToArray());
        await harness.Output(Machine("""[{"ErrorEquals":["States.ALL"],"IntervalSeconds":2,"MaxAttempts":4,"BackoffRate":3,"MaxDelaySeconds":10}]"""));
        Assert.Equal([2.0, 6.0, 10.0, 10.0], harness.Waiter.Delays.Select(d => d.TotalSeconds));
    }

    [Fact]
    public async Task Retry_FullJitter_DrawsEachDelayWithinTheComputedDelay()
    {
        var harness = Failing(Enumerable.Range(0, 3).Select(i => (Exception)new ThrottledException($"{i}")).ToArray());
        await harness.Output(Machine("""[{"ErrorEquals":["States.ALL"],"IntervalSeconds":4,"JitterStrategy":"FULL"}]"""));
        var delays = harness.Waiter.Delays.Select(d => d.TotalSeconds).ToList();
        Assert.Equal(3, delays.Count);
        Assert.InRange(delays[0], 0, 4);
        Assert.InRange(delays[1], 0, 8);
        Assert.InRange(delays[2], 0, 16);
        Assert.NotEqual([4.0, 8.0, 16.0], delays);
    }

    [Fact]
    public async Task Retry_MaxAttemptsZero_NeverRetriesAndFallsToCatch()
    {
        var harness = Failing(new ThrottledException("once"));
        var result = await harness.Run(Machine("""[{"ErrorEquals":["ThrottledException"],"MaxAttempts":0}]""",
            """[{"ErrorEquals":["ThrottledException"],"Next":"Caught"}]"""));
        Assert.True(result.Succeeded);
        Assert.Empty(harness.Waiter.Delays);
        Assert.Equal(["T", "Caught"], result.StateNames);
        Assert.Equal("ThrottledException", (string?)result.Output!["Error"]);
    }

    [Fact]
    public async Task Retry_EachRetrierCountsItsOwnAttempts()
    {
        var harness = Failing(new ThrottledException("1"), new BrokenException("2"), new ThrottledException("3"), new BrokenException("4"));
        var output = await harness.Output(Machine("""
            [{"ErrorEquals":["ThrottledException"],"MaxAttempts":2,"IntervalSeconds":1},
             {"ErrorEquals":["BrokenException"],"MaxAttempts":2,"IntervalSeconds":10}]
            """));
        Assert.Equal("""{"ok":4}""", output);
        Assert.Equal([1.0, 10.0, 2.0, 20.0], harness.Waiter.Delays.Select(d => d.TotalSeconds));
    }

    [Fact]
    public async Task Retry_FirstMatchingRetrierDecidesEvenWhenExhausted()
    {
        var harness = Failing(new ThrottledException("1"), new ThrottledException("2"));
        var (error, _) = await harness.Failure(Machine("""
            [{"ErrorEquals":["ThrottledException"],"MaxAttempts":1},{"ErrorEquals":["States.ALL"],"MaxAttempts":5}]
            """));
        Assert.Equal("ThrottledException", error);
        Assert.Single(harness.Waiter.Delays);
    }

    [Fact]
    public async Task Retry_RetryCountIsVisibleInTheContext()
    {
        var attempts = new List<int>();
        var harness = new AslHarness();
        harness.Functions.Register("f", (payload, _) =>
        {
            attempts.Add((int)payload!["retry"]!);
            return attempts.Count < 3 ? throw new ThrottledException("again") : Task.FromResult<JsonNode?>(JsonValue.Create("done"));
        });
        await harness.Output(AslHarness.TaskMachine("""
            "Parameters":{"retry.$":"$$.State.RetryCount"},"Retry":[{"ErrorEquals":["States.ALL"]}]
            """));
        Assert.Equal([0, 1, 2], attempts);
    }

    [Theory]
    [InlineData("ThrottledException", true)]
    [InlineData("States.TaskFailed", true)]
    [InlineData("States.ALL", true)]
    [InlineData("OtherException", false)]
    public async Task Catch_ErrorEquals_MatchesByNameOrWildcard(string name, bool caught)
    {
        var harness = Failing(new ThrottledException("boom"));
        var result = await harness.Run(Machine("[]", $$"""[{"ErrorEquals":["{{name}}"],"Next":"Caught"}]"""), """{"in":1}""");
        Assert.Equal(caught, result.Succeeded);
        if (caught)
        {
            Assert.Equal("ThrottledException", (string?)result.Output!["Error"]);
            Assert.Equal("boom", (string?)JsonNode.Parse((string)result.Output!["Cause"]!)!["errorMessage"]);
        }
    }

    [Fact]
    public async Task Catch_ResultPath_KeepsTheRawInputAndAddsTheError()
    {
        var harness = Failing(new ThrottledException("boom"));
        var output = await harness.Output(Machine("[]", """[{"ErrorEquals":["States.ALL"],"ResultPath":"$.error","Next":"Caught"}]"""), """{"in":1}""");
        var json = JsonNode.Parse(output)!;
        Assert.Equal(1, (int)json["in"]!);
        Assert.Equal("ThrottledException", (string?)json["error"]!["Error"]);
    }

    [Fact]
    public async Task Catch_ResultPathNull_PassesTheRawInputOn()
    {
        var harness = Failing(new ThrottledException("boom"));
        Assert.Equal("""{"in":1}""", await harness.Output(Machine("[]", """[{"ErrorEquals":["States.ALL"],"ResultPath":null,"Next":"Caught"}]"""), """{"in":1}"""));
    }

    [Fact]
    public async Task Catch_StatesTaskFailed_DoesNotMatchTimeout()
    {
        var harness = new AslHarness();
        harness.Functions.Register("f", async (_, ct) =>
        {
            harness.Time.Advance(TimeSpan.FromSeconds(6));
            await Task.Delay(Timeout.Infinite, ct);
            return null;
        });
        var result = await harness.Run("""
            {"StartAt":"T","States":{"T":{"Type":"Task","Resource":"arn:aws:lambda:us-east-1:1:function:f","TimeoutSeconds":5,
              "Catch":[{"ErrorEquals":["States.TaskFailed"],"Next":"T2"}],"End":true},"T2":{"Type":"Succeed"}}}
            """);
        Assert.Equal("States.Timeout", result.Error);
        Assert.Contains(result.Events, e => e.Type == "TaskTimedOut");
    }

    [Fact]
    public async Task Catch_StatesRuntime_IsNeverCaught()
    {
        var harness = new AslHarness().Function("f", _ => null);
        var result = await harness.Run(Machine("""[{"ErrorEquals":["States.ALL"]}]""", """[{"ErrorEquals":["States.ALL"],"Next":"Caught"}]""")
            .Replace("\"Retry\"", "\"OutputPath\":\"$.missing\",\"Retry\"", StringComparison.Ordinal));
        Assert.Equal("States.Runtime", result.Error);
        Assert.Empty(harness.Waiter.Delays);
    }

    [Fact]
    public async Task Task_TimeoutSeconds_FailsWithStatesTimeoutThroughTheClock()
    {
        var harness = new AslHarness();
        harness.Functions.Register("f", async (_, ct) =>
        {
            harness.Time.Advance(TimeSpan.FromSeconds(30));
            await Task.Delay(Timeout.Infinite, ct);
            return null;
        });
        var (error, _) = await harness.Failure(AslHarness.TaskMachine("\"TimeoutSeconds\":30"));
        Assert.Equal("States.Timeout", error);
    }

    [Fact]
    public async Task Task_FinishingWithinTimeout_Succeeds()
    {
        var harness = new AslHarness().Function("f", _ => JsonValue.Create(1));
        Assert.Equal("1", await harness.Output(AslHarness.TaskMachine("\"TimeoutSeconds\":30")));
    }

    [Fact]
    public async Task Catch_FailStateWithoutCause_ErrorOutputHasEmptyCause()
    {
        var json = """{"StartAt":"P","States":{"P":{"Type":"Parallel","Branches":[{"StartAt":"F","States":{"F":{"Type":"Fail","Error":"Custom"}}}],"Catch":[{"ErrorEquals":["Custom"],"Next":"Z"}],"End":true},"Z":{"Type":"Pass","End":true}}}""";
        Assert.Equal("""{"Error":"Custom","Cause":""}""", await new AslHarness().Output(json));
    }
}
