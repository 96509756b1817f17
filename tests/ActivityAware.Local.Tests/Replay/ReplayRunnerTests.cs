using System.Text;
using System.Text.Json;
using ActivityAware.Core.CloudTrail.Reading;
using ActivityAware.Core.Detection;
using ActivityAware.Core.Normalization;
using ActivityAware.Local.Input;
using ActivityAware.Local.Replay;
using ActivityAware.Testing;
using Microsoft.Extensions.Time.Testing;

namespace ActivityAware.Local.Tests.Replay;

public sealed class ReplayRunnerTests
{
    private const string Denied = """{"eventID":"e1","eventSource":"s3.amazonaws.com","eventName":"GetObject","errorCode":"AccessDenied","userIdentity":{"type":"IAMUser","userName":"alice"}}""";
    private const string Allowed = """{"eventID":"e2","eventSource":"s3.amazonaws.com","eventName":"GetObject","userIdentity":{"type":"IAMUser","userName":"alice"}}""";

    private sealed class CollectingWriter : IAlertWriter
    {
        public List<ReplayAlert> Alerts { get; } = [];

        public ValueTask WriteAsync(ReplayAlert alert, CancellationToken cancellationToken)
        {
            Alerts.Add(alert);
            return ValueTask.CompletedTask;
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    /// <summary>Stands in for the Step Functions interpreter: throws on one event id, otherwise delegates.</summary>
    private sealed class ThrowingPipeline(IReplayPipeline inner, string failOn) : IReplayPipeline
    {
        public List<string> Seen { get; } = [];

        public ValueTask<ReplayOutcome> ProcessAsync(RawRecord record, CancellationToken cancellationToken)
        {
            var text = Encoding.UTF8.GetString(record.Json.Span);
            Seen.Add(record.Location.ToString());
            if (text.Contains(failOn)) throw new InvalidOperationException("interpreter blew up");
            return inner.ProcessAsync(record, cancellationToken);
        }
    }

    private static async Task<(ReplayStatistics Statistics, CollectingWriter Writer, string Diagnostics)> RunAsync(string stdin, IReplayPipeline? pipeline = null)
    {
        var writer = new CollectingWriter();
        var diagnostics = new StringWriter();
        var time = new FakeTimeProvider();
        var runner = new ReplayRunner(
            new InputCatalog(() => throw new InvalidOperationException("no S3"), () => new MemoryStream(Encoding.UTF8.GetBytes(stdin))),
            new CloudTrailStreamReader(),
            pipeline ?? new DirectReplayPipeline(new EventNormalizer(), new AccessDeniedDetector()),
            writer, diagnostics, SilentReplayProgress.Instance, time);
        var statistics = await runner.RunAsync(["-"], CancellationToken.None);
        return (statistics, writer, diagnostics.ToString());
    }

    [Fact]
    public async Task RunAsync_DeniedAndAllowedRecords_AlertsOnlyOnTheDenialAndCountsBoth()
    {
        var (statistics, writer, diagnostics) = await RunAsync(Denied + "\n" + Allowed + "\n");

        var alert = Assert.Single(writer.Alerts);
        Assert.Equal("e1", alert.Candidate.Event.EventId);
        Assert.Equal("stdin:1", alert.Location.ToString());
        Assert.Equal(2, statistics.RecordsRead);
        Assert.Equal(1, statistics.Alerts);
        Assert.Equal(1, statistics.AlertsByRule[(AccessDeniedDetector.RuleId, Core.Rules.Severity.Medium)]);
        Assert.False(statistics.HasFailures);
        Assert.Equal("", diagnostics);
    }

    [Fact]
    public async Task RunAsync_PipelineThrowsOnOneRecord_ReportsItWithLocationAndProcessesTheRest()
    {
        var pipeline = new ThrowingPipeline(new DirectReplayPipeline(new EventNormalizer(), new AccessDeniedDetector()), "\"e2\"");

        var (statistics, writer, diagnostics) = await RunAsync(Allowed + "\n" + Denied + "\n", pipeline);

        Assert.Equal(["stdin:1", "stdin:2"], pipeline.Seen);
        Assert.Single(writer.Alerts);
        Assert.Equal(1, statistics.RecordsFailed);
        Assert.Equal(1, statistics.FilesFailed);
        Assert.Contains("error: stdin:1: processing failed: InvalidOperationException: interpreter blew up", diagnostics);
    }

    [Fact]
    public async Task RunAsync_DigestFileNotUnderCloudTrailDigest_IsCountedAsSkippedWithANoteNotAsAFailure()
    {
        var digest = File.ReadAllText(RepositoryRoot.Combine("tests", "fixtures", "cloudtrail", "real-shapes", "digest-file.json"));

        var (statistics, writer, diagnostics) = await RunAsync(digest);

        Assert.Empty(writer.Alerts);
        Assert.False(statistics.HasFailures);
        Assert.Equal(0, statistics.Files);
        Assert.Equal(1, statistics.SkippedByReason[DigestFile.SkipReason]);
        Assert.Equal("note: stdin: CloudTrail digest file (it lists log files and holds no events): skipped" + Environment.NewLine, diagnostics);
    }

    [Fact]
    public async Task RunAsync_RealShapedRecords_ReadEveryOneWithoutFailureAndAlertOnTheDenials()
    {
        var directory = RepositoryRoot.Combine("tests", "fixtures", "cloudtrail", "real-shapes");
        var files = Directory.GetFiles(directory, "*.json").Order(StringComparer.Ordinal).ToArray();
        var writer = new CollectingWriter();
        var diagnostics = new StringWriter();
        var runner = new ReplayRunner(
            new InputCatalog(() => throw new InvalidOperationException("no S3"), () => throw new InvalidOperationException("no stdin")),
            new CloudTrailStreamReader(), new DirectReplayPipeline(new EventNormalizer(), new AccessDeniedDetector()),
            writer, diagnostics, SilentReplayProgress.Instance, new FakeTimeProvider());

        var statistics = await runner.RunAsync(files, CancellationToken.None);

        Assert.False(statistics.HasFailures, diagnostics.ToString());
        Assert.Equal(files.Length - 1, statistics.RecordsRead);
        Assert.Equal(1, statistics.FilesSkipped);
        // Not the denials of calls a service made for the caller (source address emr.amazonaws.com, "AWS Internal"), which
        // AWS.AccessDenied leaves out, nor the failed Identity Center sign-in, which is no authorization error.
        Assert.Equal(["s3-read-denied-by-kms", "scp-denial-with-policy-arn"],
            writer.Alerts.Select(a => Path.GetFileNameWithoutExtension(a.Location.Source)).Order());
    }

    [Fact]
    public async Task RunAsync_BadLineBetweenGoodOnes_CountsTheFailureAndKeepsTheAlerts()
    {
        var (statistics, writer, diagnostics) = await RunAsync(Denied + "\nnot json\n" + Denied.Replace("e1", "e3") + "\n");

        Assert.Equal(2, writer.Alerts.Count);
        Assert.Equal(1, statistics.RecordsFailed);
        Assert.StartsWith("error: stdin:2: invalid JSON", diagnostics);
    }

    [Fact]
    public async Task TextAlertWriter_RecordFieldsWithTerminalEscapes_AreShownEscaped()
    {
        var hostile = Denied.Replace("alice", "alice\\u001b[31m\\r\\u202e");
        var (_, writer, _) = await RunAsync(hostile);
        var output = new StringWriter();
        var console = Spectre.Console.AnsiConsole.Create(new Spectre.Console.AnsiConsoleSettings { Out = new Spectre.Console.AnsiConsoleOutput(output), Ansi = Spectre.Console.AnsiSupport.No });

        await new TextAlertWriter(console).WriteAsync(Assert.Single(writer.Alerts), CancellationToken.None);

        var text = output.ToString();
        Assert.DoesNotContain('\u001b', text);
        Assert.DoesNotContain('\u202e', text);
        Assert.Contains("alice\\u001b[31m\\u000d\\u202e", text);
    }

    [Fact]
    public async Task TextAlertWriter_LongUserAgent_IsShownCutWithAnEllipsis()
    {
        var userAgent = "agent/" + new string('x', 2000);
        var (_, writer, _) = await RunAsync(Denied.Replace("\"eventID\"", $"\"userAgent\":\"{userAgent}\",\"eventID\""));
        var output = new StringWriter();
        var console = Spectre.Console.AnsiConsole.Create(new Spectre.Console.AnsiConsoleSettings { Out = new Spectre.Console.AnsiConsoleOutput(output), Ansi = Spectre.Console.AnsiSupport.No });
        console.Profile.Width = 4000;

        await new TextAlertWriter(console).WriteAsync(Assert.Single(writer.Alerts), CancellationToken.None);

        var from = output.ToString().Split('\n').Single(line => line.TrimStart().StartsWith("from", StringComparison.Ordinal));
        Assert.Contains(userAgent[..(TextAlertWriter.UserAgentWidth - 1)] + "…", from);
        Assert.DoesNotContain(userAgent[..TextAlertWriter.UserAgentWidth], from);
    }

    [Theory]
    [InlineData("short", 10, "short")]
    [InlineData("exactly10!", 10, "exactly10!")]
    [InlineData("eleven-char", 10, "eleven-ch…")]
    [InlineData("abcdefgh\U0001F600xyz", 10, "abcdefgh…")]
    public void DisplayText_Shortened_CutsAtTheWidthWithoutSplittingASurrogatePair(string text, int width, string expected) =>
        Assert.Equal(expected, DisplayText.Shortened(text, width));

    [Fact]
    public void AlertLine_From_CarriesTheDocumentedFields()
    {
        using var document = JsonDocument.Parse(Denied);
        var normalized = new EventNormalizer().Normalize(document.RootElement);
        var candidate = Core.Pipeline.AlertCandidateFactory.Create(normalized, new AccessDeniedDetector().Evaluate(document.RootElement));

        var json = JsonSerializer.Serialize(AlertLine.From(new ReplayAlert(candidate, new RecordLocation("f.json", 0, "Records[0]", 3))), ReplayJsonContext.Default.AlertLine);

        using var parsed = JsonDocument.Parse(json);
        Assert.Equal("medium", parsed.RootElement.GetProperty("severity").GetString());
        Assert.Equal("IAMUser", parsed.RootElement.GetProperty("principalType").GetString());
        Assert.Equal("f.json:3 Records[0]", parsed.RootElement.GetProperty("source").GetString());
        Assert.Equal(JsonValueKind.Null, parsed.RootElement.GetProperty("principalArn").ValueKind);
    }
}
