using System.IO.Compression;
using System.Text;
using ActivityAware.Core.CloudTrail.Reading;
using ActivityAware.Core.Rules.Projection;
using ActivityAware.Core.Rules.Pushdown;
using ActivityAware.Core.Tests.Rules.Projection;
using ActivityAware.Testing;
using static ActivityAware.Core.Tests.CloudTrail.Reading.Records;

namespace ActivityAware.Core.Tests.CloudTrail.Reading;

/// <summary>A reader with a screen: rejected records are counted, passed ones keep their place, and failures read as without one.</summary>
public sealed class ScreenedReadTests
{
    private static readonly EventBridgePattern DeleteTrailOnly = new("""{"detail":{"eventName":["DeleteTrail"]}}""");

    private static CloudTrailReaderOptions Screened(IRecordScreen screen, int buffer = 64 * 1024) => new() { Screen = screen, ReadBufferBytes = buffer };

    private static string[] FiveRecords() =>
        [Record("r0"), Record("r1", "DeleteTrail"), Record("r2"), Record("r3", "DeleteTrail"), Record("r4")];

    [Fact]
    public async Task ReadAsync_ScreenRejectsSomeRecords_YieldsTheOthersInPlaceAndCountsTheRest()
    {
        var screen = new PushdownPrefilter(DeleteTrailOnly);
        var run = await ReaderRun.OfAsync(LogFile(FiveRecords()), Screened(screen));

        Assert.Equal(["r1", "r3"], run.EventIds);
        Assert.Equal(["Records[1]", "Records[3]"], run.Records.Select(r => r.Location.Element));
        Assert.Equal([1L, 3L], run.Records.Select(r => r.Location.Ordinal));
        Assert.All(run.Records, r => Assert.Same(screen, r.PassedBy));
        Assert.Equal([1L, 1L, 1L], run.Items.Where(i => i.ScreenedOut > 0).Select(i => i.ScreenedOut));
        Assert.Empty(run.Failures);
    }

    [Theory]
    [InlineData(1, 16)]
    [InlineData(7, 16)]
    [InlineData(13, 64)]
    [InlineData(int.MaxValue, 16)]
    public async Task ReadAsync_ScreenedInSmallChunksAndBuffer_DecidesEachRecordOnce(int chunk, int buffer)
    {
        var records = Enumerable.Range(0, 40).Select(i => Record($"r{i}", i % 3 == 0 ? "DeleteTrail" : "GetObject", i % 5 == 0 ? "AccessDenied" : null)).ToArray();
        var run = await ReaderRun.OfAsync(Encoding.UTF8.GetBytes(LogFile(records)), Screened(new PushdownPrefilter(DeleteTrailOnly), buffer), chunk);

        Assert.Equal(Enumerable.Range(0, 40).Where(i => i % 3 == 0).Select(i => (string?)$"r{i}"), run.EventIds);
        Assert.Equal(40 - run.Records.Count, run.Items.Sum(i => i.ScreenedOut));
        Assert.Empty(run.Failures);
    }

    [Fact]
    public async Task ReadAsync_PrettyPrintedScreenedLogFile_ReportsTheLinesOfThePassedRecords()
    {
        var pretty = "{\n  \"Records\": [\n" + string.Join(",\n", FiveRecords().Select(r => "    " + r)) + "\n  ]\n}\n";
        var run = await ReaderRun.OfAsync(pretty, Screened(new PushdownPrefilter(DeleteTrailOnly), 16), chunk: 5);

        Assert.Equal([4L, 6L], run.Records.Select(r => r.Location.Line!.Value));
    }

    [Fact]
    public async Task ReadAsync_ScreenOnOtherForms_DoesNotScreenThem()
    {
        var screen = new PushdownPrefilter(DeleteTrailOnly);
        var lines = string.Join("\n", FiveRecords()) + "\n";
        var events = "[" + string.Join(",", FiveRecords().Select(r => EventBridge(r))) + "]";

        foreach (var text in new[] { lines, events })
        {
            var run = await ReaderRun.OfAsync(text, Screened(screen));
            Assert.Equal(5, run.Records.Count);
            Assert.All(run.Records, r => Assert.Null(r.PassedBy));
            Assert.All(run.Items, i => Assert.Equal(0, i.ScreenedOut));
        }
    }

    /// <summary>Damage after screened records: the same failure, at the same element and with the same counts, as without a screen.</summary>
    [Theory]
    [InlineData("""{"Records":[RECORDS,{"eventName":"x",}]}""")]
    [InlineData("""{"Records":[RECORDS,{"eventName":"DeleteTrail","a":[1,2""")]
    [InlineData("""{"Records":[RECORDS,7,{"eventName":"DeleteTrail"}]}""")]
    [InlineData("""{"Records":[RECORDS]} trailing""")]
    [InlineData("""{"Records":[RECORDS,{"eventName":"DeleteTrail","nested":[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}]}""")]
    public async Task ReadAsync_DamagedInputAfterScreenedRecords_FailsAsWithoutAScreen(string template)
    {
        var bytes = Encoding.UTF8.GetBytes(template.Replace("RECORDS", string.Join(",\n", FiveRecords()), StringComparison.Ordinal));
        foreach (var (chunk, buffer) in new[] { (int.MaxValue, 64 * 1024), (3, 16) })
        {
            var plain = await ReaderRun.OfAsync(bytes, new CloudTrailReaderOptions { ReadBufferBytes = buffer, MaxDepth = 24 }, chunk);
            var screened = await ReaderRun.OfAsync(bytes, Screened(new PushdownPrefilter(DeleteTrailOnly), buffer) with { MaxDepth = 24 }, chunk);

            Assert.NotEmpty(plain.Failures);
            Assert.Equal(plain.Failures.Select(f => f.ToString()), screened.Failures.Select(f => f.ToString()));
        }
    }

    [Fact]
    public async Task ReadAsync_TruncatedGzipAfterScreenedRecords_CountsEveryRecordReadBeforeTheDamage()
    {
        var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
            gzip.Write(Encoding.UTF8.GetBytes(LogFile(Enumerable.Range(0, 200).Select(i => Record($"r{i}", i % 10 == 0 ? "DeleteTrail" : "GetObject")).ToArray())));
        var cut = compressed.ToArray()[..(int)(compressed.Length / 2)];
        var plain = await ReaderRun.OfAsync(new GZipStream(new MemoryStream(cut), CompressionMode.Decompress), new CloudTrailReaderOptions { ReadBufferBytes = 16 });

        var run = await ReaderRun.OfAsync(new GZipStream(new MemoryStream(cut), CompressionMode.Decompress), Screened(new PushdownPrefilter(DeleteTrailOnly), 16));

        Assert.Equal(plain.Failures.Select(f => f.ToString()), run.Failures.Select(f => f.ToString()));
        Assert.Equal(plain.Records.Count, run.Records.Count + run.Items.Sum(i => i.ScreenedOut));
        Assert.Equal(plain.EventIds.Where((_, i) => i % 10 == 0), run.EventIds);
    }

    [Fact]
    public async Task ReadAsync_EveryBadSample_FailsAsWithoutAScreen()
    {
        var files = Directory.GetFiles(RepositoryRoot.Combine("samples", "bad"));
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var plain = await ReadFileAsync(file, new CloudTrailReaderOptions { ReadBufferBytes = 32 });
            var screened = await ReadFileAsync(file, Screened(new PushdownPrefilter(ProjectionEquivalence.Pushdown), 32));
            Assert.Equal(plain.Failures.Select(f => f.ToString()), screened.Failures.Select(f => f.ToString()));
            Assert.Equal(plain.Records.Count, screened.Records.Count + screened.Items.Sum(i => i.ScreenedOut));
        }
    }

    private static async Task<ReaderRun> ReadFileAsync(string file, CloudTrailReaderOptions options)
    {
        await using var stream = file.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(File.OpenRead(file), CompressionMode.Decompress) : (Stream)File.OpenRead(file);
        return await ReaderRun.OfAsync(stream, options);
    }
}
