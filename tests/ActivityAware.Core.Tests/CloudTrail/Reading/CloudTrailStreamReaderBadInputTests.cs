using System.IO.Compression;
using System.Text;
using ActivityAware.Core.CloudTrail.Reading;
using static ActivityAware.Core.Tests.CloudTrail.Reading.Records;

namespace ActivityAware.Core.Tests.CloudTrail.Reading;

public sealed class CloudTrailStreamReaderBadInputTests
{
    private static readonly CloudTrailReaderOptions Tiny = new() { ReadBufferBytes = 16 };

    [Theory]
    [InlineData("This is not JSON\n", "not JSON: starts with byte 0x54")]
    [InlineData("", "the input is empty")]
    [InlineData("  \n \n", "the input is empty")]
    [InlineData("\u001f\u008b\u0008", "gzip data")]
    public async Task ReadAsync_InputThatIsNoneOfTheFormats_FailsNamingTheSource(string text, string expected)
    {
        var run = await ReaderRun.OfAsync(Encoding.Latin1.GetBytes(text));

        var failure = Assert.Single(run.Failures);
        Assert.Contains(expected, failure.Message);
        Assert.True(failure.EndsSource);
        Assert.StartsWith("input.json", failure.ToString());
        Assert.Empty(run.Records);
    }

    [Fact]
    public async Task ReadAsync_TruncatedGzip_YieldsRecordsBeforeTheDamageThenFailsNamingTheElement()
    {
        var compressed = Gzip(LogFile(Enumerable.Range(0, 200).Select(i => Record($"r{i}")).ToArray()));
        var cut = compressed[..(compressed.Length / 2)];

        var run = await ReaderRun.OfAsync(new GZipStream(new MemoryStream(cut), CompressionMode.Decompress), Tiny);

        Assert.NotEmpty(run.Records);
        Assert.Equal(Enumerable.Range(0, run.Records.Count).Select(i => (string?)$"r{i}"), run.EventIds);
        var failure = Assert.Single(run.Failures);
        Assert.True(failure.EndsSource);
        Assert.Equal($"Records[{run.Records.Count}]", failure.Location.Element);
        Assert.Contains("truncated", failure.Message);
        Assert.Same(run.Failures[0], run.Items[^1].Failure);
    }

    [Fact]
    public async Task ReadAsync_CorruptedGzip_YieldsRecordsBeforeTheDamageThenFailsNamingTheElement()
    {
        var bytes = Gzip(LogFile(Enumerable.Range(0, 2000).Select(i => Record($"r{i}") + new string(' ', i % 97)).ToArray()));
        for (var i = bytes.Length / 2; i < bytes.Length / 2 + 64; i++) bytes[i] = 0xFF;

        var run = await ReaderRun.OfAsync(new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress), Tiny);

        Assert.NotEmpty(run.Records);
        var failure = Assert.Single(run.Failures);
        Assert.True(failure.EndsSource);
        Assert.Equal($"Records[{run.Records.Count}]", failure.Location.Element);
        Assert.Equal(Enumerable.Range(0, run.Records.Count).Select(i => (string?)$"r{i}"), run.EventIds);
    }

    [Fact]
    public async Task ReadAsync_InvalidJsonInsideRecords_YieldsEarlierRecordsThenFailsForThatIndex()
    {
        var text = LogFile(Record("a"), Record("b")[..^20] + "x", Record("c"));

        var run = await ReaderRun.OfAsync(text, Tiny, chunk: 5);

        Assert.Equal(["a"], run.EventIds);
        var failure = Assert.Single(run.Failures);
        Assert.Equal("Records[1]", failure.Location.Element);
        Assert.StartsWith("invalid JSON", failure.Message);
        Assert.True(failure.EndsSource);
    }

    [Fact]
    public async Task ReadAsync_RecordThatIsNotAnObject_FailsForThatIndexAndContinues()
    {
        var run = await ReaderRun.OfAsync(LogFile(Record("a"), "\"text\"", "[1,2]", "null", Record("b")), Tiny, chunk: 3);

        Assert.Equal(["a", "b"], run.EventIds);
        Assert.Equal(["Records[1]", "Records[2]", "Records[3]"], run.Failures.Select(f => f.Location.Element));
        Assert.Contains("is a string, not a JSON object", run.Failures[0].Message);
        Assert.Contains("is an array", run.Failures[1].Message);
        Assert.All(run.Failures, f => Assert.False(f.EndsSource));
        Assert.Equal("Records[4]", run.Records[1].Location.Element);
    }

    [Fact]
    public async Task ReadAsync_BadJsonLines_FailEachWithItsLineAndTheOthersAreRead()
    {
        var text = string.Join("\n", Record("a"), "{\"eventSource\": ", "[1]", "42", Record("b") + " trailing", Record("c"));

        var run = await ReaderRun.OfAsync(text, Tiny, chunk: 9);

        Assert.Equal(["a", "c"], run.EventIds);
        Assert.Equal([2L, 3, 4, 5], run.Failures.Select(f => f.Location.Line!.Value));
        Assert.All(run.Failures, f => Assert.False(f.EndsSource));
        Assert.Equal(6L, run.Records[1].Location.Line);
    }

    [Fact]
    public async Task ReadAsync_JsonLinesWithBrokenFirstLine_ReportsLineOneAndReadsTheRest()
    {
        var run = await ReaderRun.OfAsync("{\"eventSource\": nope}\n" + Record("a") + "\n" + Record("b") + "\n");

        Assert.Equal(["a", "b"], run.EventIds);
        var failure = Assert.Single(run.Failures);
        Assert.Equal("input.json:1", failure.Location.ToString());
    }

    [Fact]
    public async Task ReadAsync_EventBridgeEventThatIsNotCloudTrail_FailsThatItemAndContinues()
    {
        var text = EventBridge("{\"instance-id\":\"i-1\"}", "EC2 Instance State-change Notification") + "\n" + EventBridge(Record("a")) + "\n";

        var run = await ReaderRun.OfAsync(text);

        Assert.Equal(["a"], run.EventIds);
        var failure = Assert.Single(run.Failures);
        Assert.Contains("'EC2 Instance State-change Notification' is not a CloudTrail event", failure.Message);
        Assert.Equal(1L, failure.Location.Line);
    }

    [Theory]
    [InlineData("{\"Events\":[{\"EventId\":\"1\"}]}", "lookup-events entry has no CloudTrailEvent string")]
    [InlineData("{\"Events\":[{\"CloudTrailEvent\":\"{not json\"}]}", "CloudTrailEvent is not valid JSON")]
    [InlineData("{\"digestStartTime\":\"2026-11-27T00:00:00Z\",\"logFiles\":[]}", "neither a CloudTrail record")]
    public async Task ReadAsync_ObjectsWithoutARecord_FailSayingWhatIsMissing(string text, string expected)
    {
        var run = await ReaderRun.OfAsync(text);

        Assert.Empty(run.Records);
        Assert.Contains(expected, Assert.Single(run.Failures).Message);
    }

    [Theory]
    [InlineData(" x")]
    [InlineData("\n\"Records\"")]
    [InlineData("]")]
    public async Task ReadAsync_ContentAfterTheLogFileThatIsNoJsonValue_FailsAfterYieldingItsRecords(string after)
    {
        var run = await ReaderRun.OfAsync(LogFile(Record("a")) + after);

        Assert.Equal(["a"], run.EventIds);
        Assert.Contains("unexpected content after the end of JSON value 1", Assert.Single(run.Failures).Message);
    }

    [Fact]
    public async Task ReadAsync_DamageInTheSecondOfConcatenatedLogFiles_NamesThatValue()
    {
        var run = await ReaderRun.OfAsync(LogFile(Record("a")) + LogFile(Record("b")).Replace("\"b\"", "b"));

        Assert.Equal(["a"], run.EventIds);
        Assert.Equal("Records[0] in JSON value 2", Assert.Single(run.Failures).Location.Element);
    }

    [Fact]
    public async Task ReadAsync_RecordLargerThanTheBound_FailsInsteadOfGrowingWithoutLimit()
    {
        var huge = Record("big").Replace("\"b\"", "\"" + new string('x', 10_000) + "\"");
        var options = new CloudTrailReaderOptions { ReadBufferBytes = 1024, MaxRecordBytes = 4096 };

        var run = await ReaderRun.OfAsync(LogFile(Record("a"), huge, Record("c")), options);

        Assert.Equal(["a"], run.EventIds);
        var failure = Assert.Single(run.Failures);
        Assert.Contains("larger than 4096 bytes", failure.Message);
        Assert.Equal("Records[1]", failure.Location.Element);
    }

    [Fact]
    public async Task ReadAsync_JsonLineLongerThanTheBound_IsSkippedAndTheNextLinesAreRead()
    {
        var huge = Record("big").Replace("\"b\"", "\"" + new string('x', 10_000) + "\"");
        var options = new CloudTrailReaderOptions { ReadBufferBytes = 1024, MaxRecordBytes = 4096 };

        var run = await ReaderRun.OfAsync(string.Join("\n", Record("a"), Record("b"), huge, Record("c")), options, chunk: 100);

        Assert.Equal(["a", "b", "c"], run.EventIds);
        var failure = Assert.Single(run.Failures);
        Assert.Equal("input.json:3", failure.Location.ToString());
        Assert.Contains("longer than 4096 bytes; it was skipped", failure.Message);
        Assert.Equal(4L, run.Records[2].Location.Line);
    }

    [Fact]
    public async Task ReadAsync_StreamThatFailsMidway_YieldsEarlierRecordsThenNamesTheLastGoodOne()
    {
        var bytes = Encoding.UTF8.GetBytes(LogFile(Record("a"), Record("b"), Record("c")));
        var failAfter = Encoding.UTF8.GetByteCount(LogFile(Record("a"), Record("b"))) - 5;

        var run = await ReaderRun.OfAsync(bytes, Tiny, chunk: 8, failAfter: failAfter);

        Assert.Equal(["a"], run.EventIds);
        var failure = Assert.Single(run.Failures);
        Assert.True(failure.EndsSource);
        Assert.Contains("connection reset by peer", failure.Message);
        Assert.Contains("the last complete one is Records[0]", failure.Message);
    }
}
