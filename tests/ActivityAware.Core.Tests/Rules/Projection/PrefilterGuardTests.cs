using System.Text;
using System.Text.Json;
using ActivityAware.Core.Normalization;
using ActivityAware.Core.Rules.Projection;
using ActivityAware.Core.Rules.Pushdown;

namespace ActivityAware.Core.Tests.Rules.Projection;

public sealed class PrefilterGuardTests
{
    [Fact]
    public void Ctor_PushdownComparingDetailItself_ThrowsArgumentException()
    {
        var error = Assert.Throws<ArgumentException>(() => new PushdownPrefilter(new EventBridgePattern("""{"detail":["x"]}""")));
        Assert.Contains("'detail'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[1]")]
    [InlineData("""{"eventName":""")]
    public void PushdownMatches_RecordNotAnObject_ThrowsJsonException(string record)
    {
        var prefilter = new PushdownPrefilter(ProjectionEquivalence.Pushdown);
        Assert.ThrowsAny<JsonException>(() => prefilter.PushdownMatches(Encoding.UTF8.GetBytes(record)));
    }

    [Fact]
    public void PushdownMatches_PatternOnEnvelopeFields_DecidesFromTheRecordFields()
    {
        var prefilter = new PushdownPrefilter(new EventBridgePattern("""{"account":["111122223333"],"region":["eu-west-1"],"source":["aws.iam"]}"""));
        Assert.True(prefilter.PushdownMatches("""{"recipientAccountId":"111122223333","awsRegion":"eu-west-1","eventSource":"iam.amazonaws.com"}"""u8));
        Assert.False(prefilter.PushdownMatches("""{"recipientAccountId":"111122223333","awsRegion":"eu-west-2","eventSource":"iam.amazonaws.com"}"""u8));
    }

    [Fact]
    public void Wrap_EscapedTopLevelName_ReadsItUnescaped()
    {
        using var envelope = JsonDocument.Parse(EventBridgeEnvelope.Wrap("""{"event\u0053ource":"kms.amazonaws.com"}"""u8));
        Assert.Equal("aws.kms", envelope.RootElement.GetProperty("source").GetString());
    }
}
