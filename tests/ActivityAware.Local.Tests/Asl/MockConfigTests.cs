using ActivityAware.Local.Asl.Mocking;

namespace ActivityAware.Local.Tests.Asl;

public class MockConfigTests
{
    private const string Config = """
        {"StateMachines":{"m":{"TestCases":{"Flaky":{"T":"FailTwice"},"Broken":{"T":"Undefined"}}}},
         "MockedResponses":{"FailTwice":{"0-1":{"Throw":{"Error":"Lambda.TooManyRequestsException","Cause":"slow down"}},"2":{"Return":{"ok":true}}}}}
        """;

    private const string Machine = """
        {"StartAt":"T","States":{"T":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","Parameters":{"FunctionName":"f"},
          "Retry":[{"ErrorEquals":["Lambda.TooManyRequestsException"],"MaxAttempts":3}],"End":true}}}
        """;

    [Fact]
    public async Task TestCase_RangesAndThrow_DriveRetriesPerAttempt()
    {
        var harness = new AslHarness { Mocker = StepFunctionsMockConfig.Parse(Config, "mocks.json").TestCase("m", "Flaky") };
        var result = await harness.Run(Machine);
        Assert.True(result.Succeeded, result.Cause);
        Assert.Equal("""{"ok":true}""", result.Output!.ToJsonString());
        Assert.Equal(2, result.Events.Count(e => e.Type == "TaskFailed"));
        Assert.Equal([1.0, 2.0], harness.Waiter.Delays.Select(d => d.TotalSeconds));
    }

    [Fact]
    public async Task TestCase_MoreAttemptsThanResponses_FailsWithRuntime()
    {
        var exhausted = Config.Replace("\"2\":{\"Return\":{\"ok\":true}}", "\"2\":{\"Throw\":{\"Error\":\"Lambda.TooManyRequestsException\"}}", StringComparison.Ordinal);
        var harness = new AslHarness { Mocker = StepFunctionsMockConfig.Parse(exhausted, "mocks.json").TestCase("m", "Flaky") };
        var result = await harness.Run(Machine.Replace("\"MaxAttempts\":3", "\"MaxAttempts\":5", StringComparison.Ordinal));
        Assert.Equal("States.Runtime", result.Error);
        Assert.Contains("no response for attempt 3", result.Cause, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("other", "Flaky", "StateMachines.other not found; the file defines 'm'")]
    [InlineData("m", "Nope", "StateMachines.m.TestCases.Nope not found; the file defines 'Flaky', 'Broken'")]
    [InlineData("m", "Broken", "MockedResponses.Undefined is not defined (used by state 'T')")]
    public void TestCase_Missing_FailsNamingTheKey(string machine, string testCase, string message)
    {
        var e = Assert.Throws<MockConfigException>(() => StepFunctionsMockConfig.Parse(Config, "mocks.json").TestCase(machine, testCase));
        Assert.Equal($"mocks.json: {message}", e.Message);
    }

    [Theory]
    [InlineData("""{"0":{"Return":1,"Throw":{}}}""", "exactly one of Return or Throw")]
    [InlineData("""{"x":{"Return":1}}""", "attempt number")]
    [InlineData("""{"3-1":{"Return":1}}""", "ends before it starts")]
    [InlineData("""{"0":{"Throw":{"Cause":"no error"}}}""", "Throw.Error must be a string")]
    public void TestCase_MalformedResponse_FailsNamingTheKey(string mock, string message)
    {
        var config = """{"StateMachines":{"m":{"TestCases":{"c":{"T":"M"}}}},"MockedResponses":{"M":""" + mock + "}}";
        var e = Assert.Throws<MockConfigException>(() => StepFunctionsMockConfig.Parse(config, "mocks.json").TestCase("m", "c"));
        Assert.Contains("MockedResponses.M", e.Message, StringComparison.Ordinal);
        Assert.Contains(message, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Covers_OnlyMappedStates()
    {
        var mocker = StepFunctionsMockConfig.Parse(Config, "mocks.json").TestCase("m", "Flaky");
        Assert.True(mocker.Covers("T"));
        Assert.False(mocker.Covers("U"));
        Assert.Equal("""{"ok":true}""", mocker.ResponseFor("T", 2)!.Return!.ToJsonString());
        Assert.True(mocker.ResponseFor("T", 1)!.IsThrow);
        Assert.Null(mocker.ResponseFor("T", 3));
    }
}
