using ActivityAware.Core.Detection;
using ActivityAware.Testing;

namespace ActivityAware.Local.Tests.Replay;

/// <summary>The replay command end to end, as a process: exit codes, stdout, stderr.</summary>
public sealed class ReplayCommandProcessTests
{
    // samples/logs through the workflow with the default pack: 22 denials (AWS.AccessDenied), twelve of them one leaked key probing
    // (the tenth also an enumeration burst), root activity, console sign-ins, access keys created for named users (see samples/README.md);
    // no two share an alert key within the dedupe window.
    private const int SampleAlerts = 28;
    private const int SampleDenials = 22;
    private static readonly string SampleLogs = RepositoryRoot.Combine("samples", "logs");
    private static readonly string SampleBad = RepositoryRoot.Combine("samples", "bad");

    [Fact]
    public async Task Replay_SampleLogsAsJsonl_WritesOneAlertObjectPerLineAndExitsZero()
    {
        var result = await ReplayProcess.RunAsync(["replay", SampleLogs, "--format", "jsonl"]);

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("error:", result.Stderr);
        var alerts = AlertLines.Parse(result.StdoutLines);
        Assert.Equal(SampleAlerts, alerts.Count);
        var denials = alerts.Where(a => a.GetProperty("ruleIds").EnumerateArray().Any(r => r.GetString() == AccessDeniedDetector.RuleId)).ToList();
        Assert.Equal(SampleDenials, denials.Count);
        Assert.All(denials, a => Assert.True(AccessDeniedDetector.IsAuthorizationFailure(a.GetProperty("errorCode").GetString()!)));
        Assert.All(denials, a => Assert.Contains("access-denied", a.GetProperty("categories").EnumerateArray().Select(c => c.GetString())));
        var burst = Assert.Single(alerts, a => a.GetProperty("ruleIds").EnumerateArray().Any(r => r.GetString() == "AWS.AccessDenied.EnumerationBurst"));
        Assert.Contains("enumeration", burst.GetProperty("categories").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal("DescribeTrails", burst.GetProperty("eventName").GetString());
        Assert.All(alerts, a => Assert.Equal("dry-run", a.GetProperty("details").GetProperty("deliveries")[0].GetProperty("status").GetString()));
        var sources = alerts.Select(a => a.GetProperty("source").GetString()!).ToList();
        foreach (var form in new[] { "/AWSLogs/", "/eventbridge/", "/lookup-events/", "/records/", "/downloads/" })
            Assert.Contains(sources, s => s.Contains(form));
        Assert.Contains("files skipped (no events)", result.Stderr);
        Assert.Contains("CloudTrail digest file", result.Stderr);
    }

    [Fact]
    public async Task Replay_MixedDirectoryWithTruncatedGzipAndNonJson_ReportsEveryGoodAlertNamesBothBadFilesAndExitsOne()
    {
        using var directory = new TempDirectory();
        directory.CopyTree(SampleLogs, "logs");
        File.Copy(Path.Combine(SampleBad, "truncated.json.gz"), directory.Combine("logs", "zz-truncated.json.gz"));
        File.Copy(Path.Combine(SampleBad, "not-json.txt"), directory.Combine("logs", "records", "notes.txt"));

        var result = await ReplayProcess.RunAsync(["replay", directory.Path, "--format", "jsonl"]);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(SampleAlerts, AlertLines.Parse(result.StdoutLines).Count);
        var errors = result.Stderr.Split('\n').Where(l => l.StartsWith("error: ")).ToList();
        Assert.Equal(2, errors.Count);
        Assert.Contains(errors, e => e.Contains("zz-truncated.json.gz") && e.Contains("Records[1]") && e.Contains("truncated"));
        Assert.Contains(errors, e => e.Contains("notes.txt") && e.Contains("not JSON"));
    }

    [Fact]
    public async Task Replay_BadSamples_NamesEachBadFileAndStillReportsTheGoodRecordsInThem()
    {
        var result = await ReplayProcess.RunAsync(["replay", SampleBad, "--format", "jsonl"]);

        Assert.Equal(1, result.ExitCode);
        // Three good records survive in the bad files, all the same denial: the first alerts, the dedupe step suppresses the other two.
        var alerts = AlertLines.Parse(result.StdoutLines);
        Assert.Single(alerts);
        Assert.Contains("workflow: 3 executions started", result.Stderr);
        foreach (var name in new[] { "bad-lines.jsonl:2", "bad-lines.jsonl:3", "invalid-json.json:1 Records[1]", "non-object-record.json:1 Records[1]",
                     "non-object-record.json:1 Records[2]", "not-cloudtrail-event.json:1", "not-json.txt:1", "truncated.json.gz:1 Records[1]" })
            Assert.Contains(name, result.Stderr);
    }

    [Fact]
    public async Task Replay_TextFormat_PrintsABlockPerAlertAndTheSummary()
    {
        var result = await ReplayProcess.RunAsync(["replay", SampleLogs]);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(SampleAlerts, result.StdoutLines.Count(l => System.Text.RegularExpressions.Regex.IsMatch(l, "^(INFO|LOW|MEDIUM|HIGH|CRITICAL) ")));
        Assert.Equal(SampleDenials, result.StdoutLines.Count(l => l.Contains("AWS.AccessDenied (access-denied)")));
        var events = result.StdoutLines.Where(l => l.StartsWith("  event ")).ToList();
        Assert.Equal(SampleAlerts, events.Count);
        Assert.All(events, l => Assert.Matches(@"samples/logs/\S+:\d+", l));
        Assert.Contains("Replay summary", result.Stdout);
        Assert.Contains("AWS.AccessDenied [MEDIUM]", result.Stdout);
        Assert.DoesNotContain("\u001b[", result.Stdout);
    }

    [Fact]
    public async Task Replay_Stdin_ReadsPipedLookupEventsOutput()
    {
        var input = await File.ReadAllTextAsync(Path.Combine(SampleLogs, "lookup-events", "lookup-events.json"));

        var result = await ReplayProcess.RunAsync(["replay", "-", "--format", "jsonl"], stdin: input);

        Assert.Equal(0, result.ExitCode);
        var alerts = AlertLines.Parse(result.StdoutLines);
        Assert.Equal(2, alerts.Count);
        Assert.Equal("stdin:3 Events[0]", alerts[0].GetProperty("source").GetString());
        Assert.Equal("WebIdentityUser", alerts[0].GetProperty("principalType").GetString());
        Assert.Equal("stdin:22 Events[2]", alerts[1].GetProperty("source").GetString());
        Assert.Equal("Root", alerts[1].GetProperty("principalType").GetString());
    }

    [Fact]
    public async Task Replay_OutputFile_GetsTheAlertsAndStdoutStaysEmpty()
    {
        using var directory = new TempDirectory();
        var output = directory.Combine("alerts.jsonl");

        var result = await ReplayProcess.RunAsync(["replay", SampleLogs, "--format", "jsonl", "--output", output]);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Stdout);
        Assert.Equal(SampleAlerts, AlertLines.Parse(File.ReadAllLines(output)).Count);
    }

    [Theory]
    [InlineData("replay")]
    [InlineData("replay samples/logs --format xml")]
    [InlineData("replay samples/logs --output /nonexistent-dir/alerts.jsonl")]
    public async Task Replay_UsageError_ExitsTwoWithAMessage(string commandLine)
    {
        var result = await ReplayProcess.RunAsync(commandLine.Split(' '));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("error", result.Stderr);
        Assert.Equal("", result.Stdout);
    }

    [Fact]
    public async Task Replay_MissingPath_ExitsOneNamingItAndReadsTheOtherPaths()
    {
        var result = await ReplayProcess.RunAsync(["replay", "no/such/logs", Path.Combine(SampleLogs, "records"), "--format", "jsonl"]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error: no/such/logs: no such file or directory", result.Stderr);
        Assert.Equal(4, AlertLines.Parse(result.StdoutLines).Count);
    }
}
