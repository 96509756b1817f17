using System.Buffers;
using System.Text;
using System.Text.Json;
using ActivityAware.Core.Rules.Projection;

namespace ActivityAware.Core.Tests.Rules.Projection;

public sealed class RecordProjectionTests
{
    private static string Project(string record, params string[] paths)
    {
        var output = new ArrayBufferWriter<byte>();
        new RecordProjection(paths).Project(Encoding.UTF8.GetBytes(record), output);
        return Encoding.UTF8.GetString(output.WrittenSpan);
    }

    [Fact]
    public void Project_UnreferencedFields_AreLeftOut()
    {
        Assert.Equal("""{"eventName":"StopLogging"}""",
            Project("""{"eventVersion":"1.09","eventName":"StopLogging","requestParameters":{"name":"t"}}""", "eventName"));
    }

    [Fact]
    public void Project_LeafHoldingObjectArrayOrNull_CopiesTheRawValue()
    {
        Assert.Equal("""{"a":{"x":[1, 2]},"b":[{"y":null}],"c":null,"d":1.50E+3}""",
            Project("""{"a":{"x":[1, 2]},"b":[{"y":null}],"c":null,"d":1.50E+3,"e":2}""", "a", "b", "c", "d"));
    }

    [Fact]
    public void Project_InnerSegmentThroughArrays_ProjectsEveryElementAndCopiesScalars()
    {
        Assert.Equal("""{"r":{"items":[{"cidrIp":"0.0.0.0/0"},"s",[{"cidrIp":null}],{}]}}""",
            Project("""{"r":{"items":[{"cidrIp":"0.0.0.0/0","port":22},"s",[{"cidrIp":null,"z":1}],{"q":{}}],"other":1}}""", "r.items.cidrIp"));
    }

    [Fact]
    public void Project_EscapedPropertyName_MatchesItsUnescapedPath()
    {
        Assert.Equal("""{"eventName":"\u0053top","userIdentity":{"type":"Root"}}""",
            Project("""{"event\u004Eame":"\u0053top","user\u0049dentity":{"\u0074ype":"Root","arn":"x"}}""", "eventName", "userIdentity.type"));
    }

    [Fact]
    public void Project_DuplicateProperties_KeepsEachInOrder()
    {
        Assert.Equal("""{"eventName":"A","eventName":{"b":1}}""", Project("""{"eventName":"A","x":0,"eventName":{"b":1}}""", "eventName"));
    }

    [Fact]
    public void Project_PathAlsoPrefixOfLongerPath_KeepsTheWholeValue()
    {
        Assert.Equal("""{"a":{"b":1,"c":2}}""", Project("""{"a":{"b":1,"c":2}}""", "a.b", "a"));
    }

    [Theory]
    [InlineData("""{"a":1""")]
    [InlineData("""{"a":1} {"b":2}""")]
    [InlineData("")]
    [InlineData("""{"a":[1,}""")]
    public void Project_InvalidJson_ThrowsJsonException(string record)
    {
        Assert.ThrowsAny<JsonException>(() => Project(record, "a"));
    }

    [Fact]
    public void Ctor_EmptyPath_ThrowsArgumentException()
    {
        Assert.Throws<ArgumentException>(() => new RecordProjection(["eventName", ""]));
    }

    [Fact]
    public void Project_SteadyState_AllocatesNothing()
    {
        var projection = new RecordProjection(ProjectionEquivalence.Pack.ReferencedPaths());
        var output = new ArrayBufferWriter<byte>(4096);
        var records = RecordProjectionEquivalenceTests.ExampleRecords().Select(Encoding.UTF8.GetBytes).ToArray();
        foreach (var record in records)
        {
            output.ResetWrittenCount();
            projection.Project(record, output);
        }
        var before = GC.GetAllocatedBytesForCurrentThread();
        foreach (var record in records)
        {
            output.ResetWrittenCount();
            projection.Project(record, output);
        }
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
