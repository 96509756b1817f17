using ActivityAware.Local.Asl.Definition;

namespace ActivityAware.Local.Tests.Asl;

/// <summary>Wait, Succeed and Fail, and the history of a small machine.</summary>
public class FlowStateTests
{
    private static string WaitMachine(string fields) =>
        """{"StartAt":"W","States":{"W":{"Type":"Wait",""" + fields + ""","Next":"S"},"S":{"Type":"Succeed"}}}""";

    [Theory]
    [InlineData("\"Seconds\":7", 7)]
    [InlineData("\"SecondsPath\":\"$.delay\"", 12)]
    [InlineData("\"Timestamp\":\"2026-11-28T12:01:00Z\"", 60)]
    [InlineData("\"TimestampPath\":\"$.until\"", 3600)]
    [InlineData("\"Timestamp\":\"2020-01-01T00:00:00Z\"", 0)]
    public async Task Wait_AnyForm_WaitsThroughTheWaiter(string fields, double seconds)
    {
        var harness = new AslHarness();
        var output = await harness.Output(WaitMachine(fields), """{"delay":12,"until":"2026-11-28T13:00:00Z"}""");
        Assert.Equal("""{"delay":12,"until":"2026-11-28T13:00:00Z"}""", output);
        Assert.Equal([seconds], harness.Waiter.Delays.Select(d => d.TotalSeconds));
    }

    [Theory]
    [InlineData("\"SecondsPath\":\"$.neg\"")]
    [InlineData("\"SecondsPath\":\"$.text\"")]
    [InlineData("\"TimestampPath\":\"$.text\"")]
    [InlineData("\"SecondsPath\":\"$.missing\"")]
    public async Task Wait_BadPathValue_FailsWithRuntime(string fields)
    {
        var (error, _) = await new AslHarness().Failure(WaitMachine(fields), """{"neg":-1,"text":"soon"}""");
        Assert.Equal("States.Runtime", error);
    }

    [Theory]
    [InlineData("\"Error\":\"E\",\"Cause\":\"C\"", "E", "C")]
    [InlineData("\"ErrorPath\":\"$.e\",\"CausePath\":\"$.c\"", "fromInput", "because")]
    [InlineData("\"Error\":\"E\",\"CausePath\":\"States.Format('code {}', $.code)\"", "E", "code 42")]
    [InlineData("\"Error\":\"OnlyError\"", "OnlyError", null)]
    public async Task Fail_ErrorAndCause_EndTheExecution(string fields, string error, string? cause)
    {
        var machine = """{"StartAt":"F","States":{"F":{"Type":"Fail",""" + fields + "}}}";
        var result = await new AslHarness().Run(machine, """{"e":"fromInput","c":"because","code":42}""");
        Assert.Equal(error, result.Error);
        Assert.Equal(cause, result.Cause);
        Assert.Equal(["ExecutionStarted", "FailStateEntered", "ExecutionFailed"], result.Events.Select(e => e.Type));
    }

    [Fact]
    public async Task Succeed_AppliesInputAndOutputPath()
    {
        const string machine = """{"StartAt":"S","States":{"S":{"Type":"Succeed","InputPath":"$.a","OutputPath":"$.b"}}}""";
        Assert.Equal("1", await new AslHarness().Output(machine, """{"a":{"b":1}}"""));
    }

    [Fact]
    public async Task Execution_History_NamesEventsLikeStepFunctions()
    {
        const string machine = """
            {"StartAt":"P","States":{"P":{"Type":"Pass","Result":1,"Next":"W"},"W":{"Type":"Wait","Seconds":1,"End":true}}}
            """;
        var result = await new AslHarness().Run(machine);
        Assert.Equal(["ExecutionStarted", "PassStateEntered", "PassStateExited", "WaitStateEntered", "WaitStateExited", "ExecutionSucceeded"],
            result.Events.Select(e => e.Type));
        Assert.Equal([new("P", StateType.Pass, ""), new("W", StateType.Wait, "")], result.StatesEntered);
        Assert.Equal("1", result.Events[2].Output!.ToJsonString());
    }

    [Fact]
    public async Task Execution_TimeoutSeconds_TimesOutThroughTheClock()
    {
        var harness = new AslHarness();
        harness.Functions.Register("f", async (_, ct) =>
        {
            harness.Time.Advance(TimeSpan.FromSeconds(11));
            await Task.Delay(Timeout.Infinite, ct);
            return null;
        });
        const string machine = """
            {"TimeoutSeconds":10,"StartAt":"T","States":{"T":{"Type":"Task","Resource":"arn:aws:lambda:us-east-1:1:function:f","End":true}}}
            """;
        var result = await harness.Run(machine);
        Assert.Equal("States.Timeout", result.Error);
        Assert.Equal("ExecutionTimedOut", result.Events[^1].Type);
    }
}
