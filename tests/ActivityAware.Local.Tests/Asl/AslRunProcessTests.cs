using System.Diagnostics;
using System.Text.Json.Nodes;
using ActivityAware.Testing;

namespace ActivityAware.Local.Tests.Asl;

/// <summary>Runs the built <c>activity-aware asl run</c> as a separate process on the fixture definition and mock config.</summary>
public class AslRunProcessTests
{
    private static readonly string Fixtures = RepositoryRoot.Combine("tests", "fixtures", "asl");

    private static readonly string[] Substitutions =
    [
        "--substitute", "NormalizeFunctionArn=arn:aws:lambda:us-east-1:123456789012:function:normalize",
        "--substitute", "SendFunctionArn=send",
        "--substitute", "DeadLetterQueueUrl=https://sqs.us-east-1.amazonaws.com/123456789012/dlq",
    ];

    private static async Task<(int ExitCode, string Stdout, string Stderr)> RunCli(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "activity-aware.dll"));
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(deadline.Token);
        return (process.ExitCode, await stdout, await stderr);
    }

    private static string[] RunArgs(string testCase, params string[] extra) =>
    [
        "asl", "run", Path.Combine(Fixtures, "alert-pipeline.asl.json"),
        "--input", Path.Combine(Fixtures, "alert-pipeline.input.json"),
        "--mock-config", Path.Combine(Fixtures, "alert-pipeline.mocks.json"),
        "--test-case", testCase, "--skip-waits", .. Substitutions, .. extra,
    ];

    [Theory]
    [InlineData("Delivered", """[{"sent":true},{"sent":true}]""")]
    [InlineData("NoMatch", """{"detail":{"eventName":"StopLogging"},"normalized":{"alert":{"matched":false}}}""")]
    [InlineData("ThrottledThenDeadLettered", """[{"deadLettered":true}]""")]
    public async Task AslRun_SucceedingTestCase_PrintsOutputAndExitsZero(string testCase, string expected)
    {
        var (exit, stdout, stderr) = await RunCli(RunArgs(testCase));
        Assert.True(exit == 0, stderr);
        Assert.Equal(expected, stdout.Trim());
    }

    [Fact]
    public async Task AslRun_FailingExecution_PrintsErrorAndCauseAndExitsThree()
    {
        var (exit, stdout, _) = await RunCli(RunArgs("NormalizeCrashes"));
        Assert.Equal(3, exit);
        Assert.Equal("""{"error":"InvalidEventException","cause":"{\"errorMessage\":\"no detail\"}"}""", stdout.Trim());
    }

    [Fact]
    public async Task AslRun_Trace_WritesEventsAsJsonLinesToStderr()
    {
        var (exit, _, stderr) = await RunCli(RunArgs("ThrottledThenDeadLettered", "--trace"));
        Assert.Equal(0, exit);
        var events = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!).ToList();
        Assert.Equal("ExecutionStarted", (string?)events[0]["type"]);
        Assert.Equal("ExecutionSucceeded", (string?)events[^1]["type"]);
        Assert.Equal(3, events.Count(e => (string?)e["type"] == "TaskFailed" && (string?)e["scope"] == "Deliver[0]"));
        Assert.Equal(["Normalize event", "Any match?", "Deliver", "Send", "Dead letter"],
            events.Where(e => ((string)e["type"]!).EndsWith("StateEntered", StringComparison.Ordinal)).Select(e => (string?)e["name"]));
    }

    [Fact]
    public async Task AslRun_MissingSubstitution_FailsWithInputErrorNamingTheKey()
    {
        var (exit, stdout, stderr) = await RunCli("asl", "run", Path.Combine(Fixtures, "alert-pipeline.asl.json"),
            "--mock-config", Path.Combine(Fixtures, "alert-pipeline.mocks.json"), "--test-case", "Delivered");
        Assert.Equal(1, exit);
        Assert.Empty(stdout);
        Assert.Contains("${NormalizeFunctionArn} has no substitution", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AslRun_UnknownTestCase_FailsWithInputErrorNamingIt()
    {
        var (exit, _, stderr) = await RunCli(RunArgs("Nope"));
        Assert.Equal(1, exit);
        Assert.Contains("StateMachines.alert-pipeline.TestCases.Nope not found", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AslGraph_Fixture_MatchesTheCommittedMermaid()
    {
        var (exit, stdout, stderr) = await RunCli("asl", "graph", Path.Combine(Fixtures, "alert-pipeline.asl.json"));
        Assert.True(exit == 0, stderr);
        Assert.Equal(File.ReadAllText(Path.Combine(Fixtures, "alert-pipeline.mmd")), stdout);
    }

    private static string[] JsonataRunArgs(string testCase, params string[] extra) =>
    [
        "asl", "run", Path.Combine(Fixtures, "jsonata-pipeline.asl.json"),
        "--input", Path.Combine(Fixtures, "alert-pipeline.input.json"),
        "--mock-config", Path.Combine(Fixtures, "jsonata-pipeline.mocks.json"),
        "--test-case", testCase, "--skip-waits", .. extra,
    ];

    [Theory]
    [InlineData("Delivered", """{"title":"CloudTrail stopped","results":[{"sent":true},{"sent":true}]}""")]
    [InlineData("NoMatch", """{"skipped":"Nothing"}""")]
    [InlineData("ThrottledThenDeadLettered", """{"title":"CloudTrail stopped","results":[{"failed":"slack","error":"DestinationThrottledException","deadLettered":true}]}""")]
    public async Task AslRun_JsonataMachine_PrintsOutputAndExitsZero(string testCase, string expected)
    {
        var (exit, stdout, stderr) = await RunCli(JsonataRunArgs(testCase));
        Assert.True(exit == 0, stderr);
        Assert.Equal(expected, stdout.Trim());
    }

    [Fact]
    public async Task AslRun_JsonataMachineTrace_ShowsArgumentsAndAssignedVariables()
    {
        var (exit, _, stderr) = await RunCli(JsonataRunArgs("Delivered", "--trace"));
        Assert.Equal(0, exit);
        var events = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!).ToList();
        var scheduled = events.First(e => (string?)e["type"] == "TaskScheduled");
        Assert.Equal("""{"FunctionName":"normalize","Payload":{"event":{"detail":{"eventName":"StopLogging"}}}}""", scheduled["input"]!.ToJsonString());
        var normalized = events.First(e => (string?)e["type"] == "TaskStateExited");
        Assert.Equal("\"CloudTrail stopped\"", (string?)normalized["assignedVariables"]!["title"]);
    }

    [Fact]
    public async Task AslGraph_JsonataFixture_MatchesTheCommittedMermaid()
    {
        var (exit, stdout, stderr) = await RunCli("asl", "graph", Path.Combine(Fixtures, "jsonata-pipeline.asl.json"));
        Assert.True(exit == 0, stderr);
        Assert.Equal(File.ReadAllText(Path.Combine(Fixtures, "jsonata-pipeline.mmd")), stdout);
    }
}
