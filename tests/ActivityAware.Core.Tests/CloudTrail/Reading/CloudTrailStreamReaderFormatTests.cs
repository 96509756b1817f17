using System.IO.Compression;
using System.Text;
using ActivityAware.Core.CloudTrail.Reading;
using static ActivityAware.Core.Tests.CloudTrail.Reading.Records;

namespace ActivityAware.Core.Tests.CloudTrail.Reading;

public sealed class CloudTrailStreamReaderFormatTests
{
    private static readonly CloudTrailReaderOptions Tiny = new() { ReadBufferBytes = 16 };

    [Fact]
    public async Task ReadAsync_LogFile_YieldsEveryRecordWithItsElement()
    {
        var run = await ReaderRun.OfAsync(LogFile(Record("a"), Record("b"), Record("c")));

        Assert.Empty(run.Failures);
        Assert.Equal(["a", "b", "c"], run.EventIds);
        Assert.Equal(["Records[0]", "Records[1]", "Records[2]"], run.Records.Select(r => r.Location.Element));
        Assert.Equal([0L, 1, 2], run.Records.Select(r => r.Location.Ordinal));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(7)]
    public async Task ReadAsync_LogFileInSmallChunksWithTinyBuffer_YieldsTheSameRecords(int chunk)
    {
        var text = LogFile(Record("a"), Record("b", errorCode: "AccessDenied"), Record("c"));

        var run = await ReaderRun.OfAsync(text, Tiny, chunk);

        Assert.Empty(run.Failures);
        Assert.Equal(["a", "b", "c"], run.EventIds);
        Assert.Equal("AccessDenied", ReaderRun.Field(run.Records[1], "errorCode"));
    }

    [Fact]
    public async Task ReadAsync_PrettyPrintedLogFile_ReportsTheLineEachRecordStartsOn()
    {
        var text = "{\n  \"Records\": [\n    " + Record("a") + ",\n\n    " + Record("b") + "\n  ]\n}\n";

        var run = await ReaderRun.OfAsync(text, Tiny, chunk: 5);

        Assert.Equal([3L, 5], run.Records.Select(r => r.Location.Line!.Value));
        Assert.Equal("input.json:5 Records[1]", run.Records[1].Location.ToString());
    }

    [Theory]
    [InlineData("", 1)]
    [InlineData("\n", 2)]
    public async Task ReadAsync_ConcatenatedLogFiles_YieldsTheRecordsOfEach(string between, int secondLine)
    {
        // What `cat` of log files, a multi-member gzip file or a Firehose delivery looks like once decompressed.
        var text = LogFile(Record("a"), Record("b")) + between + LogFile(Record("c")) + between + "[" + Record("d") + "]";

        var run = await ReaderRun.OfAsync(text, Tiny, chunk: 3);

        Assert.Empty(run.Failures);
        Assert.Equal(["a", "b", "c", "d"], run.EventIds);
        Assert.Equal(["Records[0]", "Records[1]", "Records[0] in JSON value 2", "[0] in JSON value 3"], run.Records.Select(r => r.Location.Element));
        Assert.Equal([0L, 1, 2, 3], run.Records.Select(r => r.Location.Ordinal));
        Assert.Equal(secondLine, run.Records[2].Location.Line);
    }

    [Fact]
    public async Task ReadAsync_MultiMemberGzip_YieldsTheRecordsOfEveryMember()
    {
        var bytes = Gzip(LogFile(Record("a"))).Concat(Gzip(LogFile(Record("b")))).ToArray();

        var run = await ReaderRun.OfAsync(new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress));

        Assert.Empty(run.Failures);
        Assert.Equal(["a", "b"], run.EventIds);
    }

    [Fact]
    public async Task ReadAsync_RecordsAfterAnotherMember_FindsTheRecordsArray()
    {
        var run = await ReaderRun.OfAsync($$"""{"Meta":{"x":[1,{"y":2}]},"Records":[{{Record("a")}}],"Tail":"t"}""", Tiny, chunk: 2);

        Assert.Empty(run.Failures);
        Assert.Equal(["a"], run.EventIds);
    }

    [Fact]
    public async Task ReadAsync_LookupEventsOutput_YieldsTheRecordInsideCloudTrailEvent()
    {
        var text = $$"""{"Events":[{{LookupEntry(Record("a"))}},{{LookupEntry(Record("b"))}}],"NextToken":"abc"}""";

        var run = await ReaderRun.OfAsync(text, Tiny, chunk: 3);

        Assert.Empty(run.Failures);
        Assert.Equal(["a", "b"], run.EventIds);
        Assert.Equal("Events[1]", run.Records[1].Location.Element);
        Assert.Equal("s3.amazonaws.com", ReaderRun.Field(run.Records[0], "eventSource"));
    }

    [Theory]
    [InlineData("AWS API Call via CloudTrail")]
    [InlineData("AWS Console Sign In via CloudTrail")]
    [InlineData("AWS Service Event via CloudTrail")]
    [InlineData("AWS Console Action via CloudTrail")]
    // The EventBridge User Guide's spelling of the sign-in detail type.
    [InlineData("AWS Console Signin via CloudTrail")]
    [InlineData("AWS Network Activity Event via CloudTrail")]
    public async Task ReadAsync_OneEventBridgeEvent_YieldsItsDetail(string detailType)
    {
        var run = await ReaderRun.OfAsync(EventBridge(Record("a"), detailType));

        Assert.Empty(run.Failures);
        Assert.Equal(["a"], run.EventIds);
        Assert.Null(ReaderRun.Field(run.Records[0], "detail-type"));
        Assert.Equal("input.json:1", run.Records[0].Location.ToString());
    }

    [Fact]
    public async Task ReadAsync_EventBridgeJsonLines_YieldsEachDetailWithItsLine()
    {
        var text = EventBridge(Record("a")) + "\n\n" + EventBridge(Record("b")) + "\r\n" + EventBridge(Record("c"));

        var run = await ReaderRun.OfAsync(text, Tiny, chunk: 11);

        Assert.Empty(run.Failures);
        Assert.Equal(["a", "b", "c"], run.EventIds);
        Assert.Equal([1L, 3, 4], run.Records.Select(r => r.Location.Line!.Value));
    }

    [Fact]
    public async Task ReadAsync_ArrayOfMixedShapes_UnwrapsEachElement()
    {
        var text = $"[{EventBridge(Record("a"))},{Record("b")},{LookupEntry(Record("c"))}]";

        var run = await ReaderRun.OfAsync(text, Tiny, chunk: 4);

        Assert.Empty(run.Failures);
        Assert.Equal(["a", "b", "c"], run.EventIds);
        Assert.Equal(["[0]", "[1]", "[2]"], run.Records.Select(r => r.Location.Element));
    }

    [Fact]
    public async Task ReadAsync_OneRawRecordPrettyPrintedWithBom_YieldsIt()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("\n  " + Record("a").Replace(",", ",\n  ") + "\n")).ToArray();

        var run = await ReaderRun.OfAsync(bytes, Tiny, chunk: 2);

        Assert.Empty(run.Failures);
        Assert.Equal(["a"], run.EventIds);
        Assert.Equal(2L, run.Records[0].Location.Line);
    }

    [Fact]
    public async Task ReadAsync_RawRecordJsonLines_YieldsEachRecord()
    {
        var run = await ReaderRun.OfAsync(Record("a") + "\n" + Record("b") + "\n");

        Assert.Empty(run.Failures);
        Assert.Equal(["a", "b"], run.EventIds);
        Assert.Equal([1L, 2], run.Records.Select(r => r.Location.Line!.Value));
    }

    [Fact]
    public async Task ReadAsync_GzipStreamOfALogFile_YieldsTheRecords()
    {
        var compressed = Gzip(LogFile(Enumerable.Range(0, 500).Select(i => Record($"r{i}")).ToArray()));

        var run = await ReaderRun.OfAsync(new GZipStream(new MemoryStream(compressed), CompressionMode.Decompress), Tiny);

        Assert.Empty(run.Failures);
        Assert.Equal(Enumerable.Range(0, 500).Select(i => (string?)$"r{i}"), run.EventIds);
    }

    [Theory]
    [InlineData("{\"Records\":[]}")]
    [InlineData("{\"Events\":[],\"NextToken\":null}")]
    [InlineData("[]")]
    [InlineData(" [ ] \n")]
    public async Task ReadAsync_EmptyContainer_YieldsNothingAndNoFailure(string text)
    {
        var run = await ReaderRun.OfAsync(text, Tiny, chunk: 1);

        Assert.Empty(run.Items);
    }

    [Fact]
    public async Task ReadAsync_RecordBytes_AreACopyOfExactlyTheRecord()
    {
        var record = Record("a");

        var run = await ReaderRun.OfAsync(LogFile(record, Record("b")), Tiny, chunk: 3);

        Assert.Equal(record, Encoding.UTF8.GetString(run.Records[0].Json.Span));
    }
}
