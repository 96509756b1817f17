using System.Text;
using ActivityAware.Core.CloudTrail.Reading;
using ActivityAware.Core.Rules;
using ActivityAware.Local.Input;
using ActivityAware.Local.Replay;
using ActivityAware.Local.Workflow;
using ActivityAware.Testing;
using ActivityAware.Testing.Alerts;
using Microsoft.Extensions.Time.Testing;

namespace ActivityAware.Local.Tests.Workflow;

/// <summary>Replay with the pipeline as the reader's screen (as <c>replay</c> runs) reports exactly what it reports without one.</summary>
public sealed class ScreenedReplayTests : IDisposable
{
    private readonly ScratchDirectory _scratch = new();

    /// <summary>Counts the records that reach the pipeline, so the test sees that the screen kept the filtered ones away.</summary>
    private sealed class CountingPipeline(IReplayPipeline inner) : IReplayPipeline
    {
        public int Calls { get; private set; }

        public ValueTask<ReplayOutcome> ProcessAsync(RawRecord record, CancellationToken cancellationToken)
        {
            Calls++;
            return inner.ProcessAsync(record, cancellationToken);
        }
    }

    [Theory]
    [InlineData(64 * 1024)]
    [InlineData(64)]
    public async Task RunAsync_LogFileScreenedByThePipeline_SameAlertsAndCountsAsWithoutTheScreen(int readBuffer)
    {
        var records = Enumerable.Range(0, 60).Select(i => (i % 7) switch
        {
            0 => AccessDeniedRecordBuilder.AccessDenied().With("eventID", $"denied-{i}").With("eventTime", $"2026-11-28T10:{i:D2}:00Z").RecordJson(),
            // A repeated name: the capture cannot decide it, the exact path does (and filters it).
            1 => AccessDeniedRecordBuilder.AccessDenied().With("eventID", $"repeated-{i}").With("errorCode", null).RecordJson().Replace("{\"eventVersion\"", "{\"eventName\":\"StopLogging\",\"eventVersion\"", StringComparison.Ordinal),
            _ => AccessDeniedRecordBuilder.AccessDenied().With("eventID", $"harmless-{i}").With("errorCode", null).With("errorMessage", null).RecordJson(),
        }).ToArray();
        var logFile = "{\"Records\":[" + string.Join(",\n", records) + "]}";

        var plain = await ReplayAsync(logFile, screened: false, readBuffer);
        var screened = await ReplayAsync(logFile, screened: true, readBuffer);

        Assert.Equal(60, screened.Statistics.RecordsRead);
        Assert.Equal(plain.Statistics.RecordsRead, screened.Statistics.RecordsRead);
        Assert.Equal(plain.AlertIds, screened.AlertIds);
        Assert.NotEmpty(screened.AlertIds);
        Assert.Equal(plain.Filtered, screened.Filtered);
        Assert.Equal(plain.Executions, screened.Executions);
        Assert.Equal(60, plain.Calls);
        Assert.Equal(60 - screened.Filtered + CountOf(records, "repeated-"), screened.Calls);
    }

    private static int CountOf(string[] records, string id) => records.Count(r => r.Contains(id, StringComparison.Ordinal));

    private async Task<(ReplayStatistics Statistics, List<string> AlertIds, long Filtered, long Executions, int Calls)> ReplayAsync(string stdin, bool screened, int readBuffer)
    {
        var workflow = LocalWorkflow.Create(new LocalWorkflowOptions
        {
            Rules = RulePack.LoadDefault(),
            DeadLetterPath = _scratch.Combine($"dead-letters-{screened}.jsonl"),
            Diagnostics = TextWriter.Null,
        });
        var pipeline = new CountingPipeline(workflow);
        var alerts = new List<ReplayAlert>();
        var runner = new ReplayRunner(
            new InputCatalog(() => throw new InvalidOperationException("no S3"), () => new MemoryStream(Encoding.UTF8.GetBytes(stdin))),
            new CloudTrailStreamReader(new CloudTrailReaderOptions { Screen = screened ? workflow : null, ReadBufferBytes = readBuffer }),
            pipeline, new ListWriter(alerts), TextWriter.Null, SilentReplayProgress.Instance, new FakeTimeProvider());
        var statistics = await runner.RunAsync(["-"], CancellationToken.None);
        return (statistics, alerts.Select(a => a.Candidate.Event.EventId).ToList(), workflow.Filtered, workflow.Executions, pipeline.Calls);
    }

    private sealed class ListWriter(List<ReplayAlert> alerts) : IAlertWriter
    {
        public ValueTask WriteAsync(ReplayAlert alert, CancellationToken cancellationToken)
        {
            alerts.Add(alert);
            return ValueTask.CompletedTask;
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    public void Dispose() => _scratch.Dispose();
}
