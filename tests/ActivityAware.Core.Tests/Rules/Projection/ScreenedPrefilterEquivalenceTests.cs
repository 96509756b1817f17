using System.Text;
using ActivityAware.Core.CloudTrail.Reading;
using ActivityAware.Core.Rules;
using ActivityAware.Core.Rules.Projection;
using ActivityAware.Core.Tests.CloudTrail.Reading;
using ActivityAware.Core.Tests.Rules.Capture;
using ActivityAware.Core.Tests.Rules.Pushdown;

namespace ActivityAware.Core.Tests.Rules.Projection;

/// <summary>
/// The prefilters as the reader's screen decide every record of a log file as they decide it on its own bytes: a rejected
/// record is one the exact check rejects, a passed or undecided one gets the exact answer (or the same exception), at any
/// buffer size, so also for records the reader had to read again after a refill.
/// </summary>
public sealed class ScreenedPrefilterEquivalenceTests
{
    private const string Rejected = "rejected by the screen";

    private static readonly Lazy<List<string>> Corpus = new(() =>
    [
        .. PushdownRecordCorpus.Examples(ProjectionEquivalence.Pack),
        .. PushdownRecordCorpus.Variations(ProjectionEquivalence.Pack, perExample: 4),
        .. PushdownRecordCorpus.Grid().Where((_, i) => i % 5 == 0),
        .. CapturedEvaluationTests.TrickyRecords().Cast<object[]>().Select(row => (string)row[0]),
        .. Undecidable(),
        .. GeneratedTraffic.Production(1500, seed: 41),
        .. GeneratedTraffic.WriteHeavy(1500, seed: 42),
        .. PushdownRecordCorpus.SampleLogsAsync().GetAwaiter().GetResult(),
    ]);

    /// <summary>Records the capture must leave to the exact path: the document reads them differently or throws on them.</summary>
    private static IEnumerable<string> Undecidable() =>
    [
        """{"eventSource":"cloudtrail.amazonaws.com","eventName":"DeleteTrail","eventName":"GetTrail"}""",
        """{"eventSource":"cloudtrail.amazonaws.com","eventName":"GetTrail","event\u004Eame":"DeleteTrail"}""",
        """{"eventSource":"s3.amazonaws.com","eventName":"GetObject","errorCode":"\ud800AccessDenied"}""",
        """{"eventSource":"s3.amazonaws.com","eventName":"GetObject","\udc00errorCode":"AccessDenied"}""",
        """{"eventSource":"s3.amazonaws.com","eventName":"StopLogging","requestParameters":""" + new string('[', 70) + new string(']', 70) + "}",
        """{"eventSource":"cloudtrail.amazonaws.com","eventName":"StopLogging","userIdentity":""" + Nested(70) + "}",
        """{"eventSource":"cloudtrail.amazonaws.com","eventName":"StopLogging","userIdentity":""" + Nested(60) + "}",
    ];

    private static string Nested(int depth) => string.Concat(Enumerable.Repeat("""{"type":""", depth)) + "\"Root\"" + new string('}', depth);

    [Theory]
    [InlineData(64 * 1024, int.MaxValue)]
    [InlineData(512, 61)]
    [InlineData(16, 7)]
    public async Task ReadAsync_PushdownPrefilterAsScreen_DecidesEveryRecordAsOnItsBytes(int buffer, int chunk)
    {
        var exact = new PushdownPrefilter(ProjectionEquivalence.Pushdown);
        var screen = new PushdownPrefilter(ProjectionEquivalence.Pushdown);

        var (expected, actual, run) = await DecideAsync(screen, buffer, chunk,
            record => exact.PushdownMatches(record).ToString(),
            record => screen.PushdownMatches(record).ToString());

        AssertSameDecisions(expected, actual, rejectable: e => e == "False");
        AssertEveryPathTaken(run, screen);
    }

    [Theory]
    [InlineData(64 * 1024, int.MaxValue)]
    [InlineData(512, 61)]
    [InlineData(16, 7)]
    public async Task ReadAsync_RecordPrefilterAsScreen_DecidesEveryRecordAsOnItsBytes(int buffer, int chunk)
    {
        var engine = new RuleEngine(ProjectionEquivalence.Pack, includeThresholdRules: true);
        var exact = new RecordPrefilter(engine, ProjectionEquivalence.Pushdown);
        var screen = new RecordPrefilter(engine, ProjectionEquivalence.Pushdown);

        var (expected, actual, run) = await DecideAsync(screen, buffer, chunk,
            record => Describe(exact.Evaluate(record)),
            record => Describe(screen.Evaluate(record)));

        AssertSameDecisions(expected, actual, rejectable: e => e.StartsWith("False", StringComparison.Ordinal) || e.EndsWith("|", StringComparison.Ordinal));
        AssertEveryPathTaken(run, screen);
    }

    private static async Task<(string[] Expected, string[] Actual, ReaderRun Run)> DecideAsync(
        IRecordScreen screen, int buffer, int chunk, Func<byte[], string> exact, Func<RawRecord, string> screened)
    {
        var records = Corpus.Value;
        var expected = records.Select(r => Outcome(() => exact(Encoding.UTF8.GetBytes(r)))).ToArray();
        var file = Encoding.UTF8.GetBytes("{\"Records\":[\n" + string.Join(",\n", records) + "\n]}");
        var run = await ReaderRun.OfAsync(file, new CloudTrailReaderOptions { Screen = screen, ReadBufferBytes = buffer }, chunk);

        Assert.Empty(run.Failures);
        Assert.Equal(records.Count, run.Records.Count + run.Items.Sum(i => i.ScreenedOut));
        var actual = Enumerable.Repeat(Rejected, records.Count).ToArray();
        foreach (var record in run.Records)
        {
            Assert.Equal(records[(int)record.Location.Ordinal], Encoding.UTF8.GetString(record.Json.Span));
            actual[record.Location.Ordinal] = Outcome(() => screened(record));
        }
        return (expected, actual, run);
    }

    private static void AssertSameDecisions(string[] expected, string[] actual, Func<string, bool> rejectable)
    {
        var records = Corpus.Value;
        var differences = Enumerable.Range(0, records.Count)
            .Where(i => actual[i] == Rejected ? !rejectable(expected[i]) : actual[i] != expected[i])
            .Select(i => $"#{i}: expected {expected[i]}, got {actual[i]}: {records[i]}");
        Assert.Empty(differences.Take(5));
        Assert.Contains(expected, e => e.StartsWith("throws", StringComparison.Ordinal));
    }

    /// <summary>The test proves something only if records were rejected, passed by the screen, and left undecided.</summary>
    private static void AssertEveryPathTaken(ReaderRun run, IRecordScreen screen)
    {
        var rejected = run.Items.Sum(i => i.ScreenedOut);
        Assert.True(rejected > Corpus.Value.Count / 4, $"only {rejected} of {Corpus.Value.Count} records were rejected by the screen");
        Assert.Contains(run.Records, r => r.PassedBy == screen);
        Assert.Contains(run.Records, r => r.PassedBy is null);
    }

    private static string Outcome(Func<string> decide)
    {
        try
        {
            return decide();
        }
        catch (Exception e)
        {
            return $"throws {e.GetType().Name}";
        }
    }

    private static string Describe(PrefilterResult result) =>
        $"{result.PushdownMatched}|{string.Join(";", result.Matches.Select(m => $"{m.RuleId}[{m.Reason}]{{{m.DedupeKey}}}"))}";
}
