using System.Text;
using ActivityAware.Core.CloudTrail.Reading;
using ActivityAware.Core.Rules.Pushdown;
using ActivityAware.Core.Rules.Projection;
using ActivityAware.Core.Tests.Rules.Projection;
using ActivityAware.Testing;
using static ActivityAware.Core.Tests.CloudTrail.Reading.Records;

namespace ActivityAware.Core.Tests.CloudTrail.Reading;

/// <summary>Several JSON values one after another, as the replay reads them: with a byte order mark, screened, truncated.</summary>
public sealed class ConcatenatedValuesTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(1000)]
    public async Task ReadAsync_ByteOrderMarkBeforeTheSecondValue_ReadsBothValues(int chunk)
    {
        var bytes = Encoding.UTF8.GetBytes(LogFile(Record("a")) + "\n").Concat(new byte[] { 0xEF, 0xBB, 0xBF }).Concat(Encoding.UTF8.GetBytes(LogFile(Record("b")))).ToArray();
        var run = await ReaderRun.OfAsync(bytes, new CloudTrailReaderOptions { ReadBufferBytes = 16 }, chunk);
        Assert.Empty(run.Failures.Select(f => f.ToString()));
        Assert.Equal(["a", "b"], run.EventIds);
    }

    [Theory]
    [InlineData(1, 16)]
    [InlineData(5, 64)]
    [InlineData(int.MaxValue, 65536)]
    public async Task ReadAsync_ScreenedConcatenatedValues_YieldsThePassedRecordsOfBoth(int chunk, int buffer)
    {
        var screen = new PushdownPrefilter(new EventBridgePattern("""{"detail":{"eventName":["DeleteTrail"]}}"""));
        var text = LogFile(Record("a", "DeleteTrail"), Record("x")) + LogFile(Record("y"), Record("b", "DeleteTrail"));
        var run = await ReaderRun.OfAsync(Encoding.UTF8.GetBytes(text), new CloudTrailReaderOptions { Screen = screen, ReadBufferBytes = buffer }, chunk);
        Assert.Empty(run.Failures);
        Assert.Equal(["a", "b"], run.EventIds);
        Assert.Equal(["Records[0]", "Records[1] in JSON value 2"], run.Records.Select(r => r.Location.Element));
        Assert.Equal([0L, 3L], run.Records.Select(r => r.Location.Ordinal));
    }

    [Fact]
    public async Task ReadAsync_TruncatedSecondValue_ReportsTheTruncation()
    {
        var text = LogFile(Record("a")) + "\n" + LogFile(Record("b"), Record("c"))[..40];
        var run = await ReaderRun.OfAsync(text);
        Assert.Equal(["a"], run.EventIds.Take(1));
        var failure = Assert.Single(run.Failures);
        Assert.True(failure.ToString()!.Contains("truncated"), failure.ToString());
    }
}
