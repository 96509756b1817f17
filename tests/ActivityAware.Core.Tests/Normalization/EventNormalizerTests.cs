using System.Text;
using System.Text.Json;
using ActivityAware.Core.CloudTrail;
using ActivityAware.Core.Normalization;

namespace ActivityAware.Core.Tests.Normalization;

public sealed class EventNormalizerTests
{
    private static readonly EventNormalizer Normalizer = new();

    private static NormalizedEvent Normalize(string json) => Normalizer.Normalize(IdentityFixtures.Parse(json));

    [Fact]
    public void Normalize_CurrentRecord_ReadsEveryTopLevelField()
    {
        var normalized = Normalizer.Normalize(IdentityFixtures.Record("IAMUser"));

        Assert.Equal("1.10", normalized.EventVersion);
        Assert.Equal("s3.amazonaws.com", normalized.EventSource);
        Assert.Equal("GetObject", normalized.EventName);
        Assert.Equal("AccessDenied", normalized.ErrorCode);
        Assert.Equal("Access Denied", normalized.ErrorMessage);
        Assert.Equal("us-east-1", normalized.AwsRegion);
        Assert.Equal("111122223333", normalized.RecipientAccountId);
        Assert.Equal("AwsApiCall", normalized.EventType);
        Assert.Equal("Management", normalized.EventCategory);
        Assert.True(normalized.ReadOnly);
        Assert.True(normalized.ManagementEvent);
        Assert.Equal(new DateTimeOffset(2026, 11, 27, 12, 20, 0, TimeSpan.Zero), normalized.EventTime);
        Assert.Equal("prod-invoices", normalized.RequestParameters!.Value.GetProperty("bucketName").GetString());
        Assert.Null(normalized.ResponseElements);
        Assert.Empty(normalized.TruncatedFields);
    }

    [Fact]
    public void Normalize_EventVersion102WithoutNewerFields_LeavesThemNullAndMakesAStableId()
    {
        const string old = """{"eventVersion":"1.02","userIdentity":{"type":"IAMUser","arn":"arn:aws:iam::111122223333:user/alice","accountId":"111122223333","userName":"alice"},"eventTime":"2014-11-20T17:04:46Z","eventSource":"ec2.amazonaws.com","eventName":"DescribeInstances","awsRegion":"us-east-1","sourceIPAddress":"203.0.113.5","userAgent":"aws-cli/1.5","requestParameters":null,"responseElements":null}""";

        var first = Normalize(old);
        var second = Normalize(old);
        var other = Normalize(old.Replace("DescribeInstances", "DescribeVolumes"));

        Assert.StartsWith("sha256:", first.EventId);
        Assert.Equal(first.EventId, second.EventId);
        Assert.NotEqual(first.EventId, other.EventId);
        Assert.Null(first.ReadOnly);
        Assert.Null(first.EventType);
        Assert.Null(first.ManagementEvent);
        Assert.Null(first.RecipientAccountId);
        Assert.Null(first.RequestParameters);
        Assert.Equal("alice", first.Identity.DisplayName);
    }

    [Fact]
    public void Normalize_OneMegabyteRequestParameters_IsTrimmedBelowTheBoundAndSaysSo()
    {
        var members = string.Join(",", Enumerable.Range(0, 1024).Select(i => $"\"k{i:D4}\":\"{new string('v', 1000)}\""));
        var normalized = Normalize("""{"eventSource":"iam.amazonaws.com","eventName":"PutRolePolicy","requestParameters":{"roleName":"r",""" + members + "}}");

        var trimmed = normalized.RequestParameters!.Value;
        Assert.Contains("requestParameters", normalized.TruncatedFields);
        Assert.True(Encoding.UTF8.GetByteCount(trimmed.GetRawText()) <= NormalizerOptions.Default.MaxJsonFieldBytes);
        Assert.Equal("r", trimmed.GetProperty("roleName").GetString());
        var marker = trimmed.GetProperty("__truncated");
        Assert.True(marker.GetProperty("originalBytes").GetInt64() > 1_000_000);
        Assert.NotEmpty(marker.GetProperty("droppedMembers").EnumerateArray());
    }

    [Fact]
    public void Normalize_ManyLongDroppedMemberNames_StillStaysWithinTheBound()
    {
        var members = string.Join(",", Enumerable.Range(0, 200).Select(i => $"\"{new string('<', 60)}{i:D4}\":\"{new string('v', 300)}\""));
        var normalized = Normalize("""{"eventSource":"s3.amazonaws.com","eventName":"PutBucketPolicy","requestParameters":{""" + members + "}}");

        Assert.True(Encoding.UTF8.GetByteCount(normalized.RequestParameters!.Value.GetRawText()) <= NormalizerOptions.Default.MaxJsonFieldBytes);
    }

    [Fact]
    public void Normalize_DroppedMemberNameWithEmojiAtTheCut_DoesNotThrow()
    {
        var members = string.Join(",", Enumerable.Range(0, 100).Select(i => $"\"{new string('a', 63)}\uD83D\uDE00{i}\":\"{new string('v', 300)}\""));
        var normalized = Normalize("""{"eventSource":"s3.amazonaws.com","eventName":"X","requestParameters":{""" + members + "}}");

        var dropped = normalized.RequestParameters!.Value.GetProperty("__truncated").GetProperty("droppedMembers");
        Assert.Equal(new string('a', 63), dropped.EnumerateArray().First().GetString());
    }

    [Fact]
    public void Normalize_HugeNonObjectField_BecomesAMarkerObject()
    {
        var normalized = Normalize($$"""{"eventSource":"s3.amazonaws.com","eventName":"X","responseElements":"{{new string('x', 100_000)}}"}""");

        Assert.Contains("responseElements", normalized.TruncatedFields);
        Assert.Equal("String", normalized.ResponseElements!.Value.GetProperty("__truncated").GetProperty("originalKind").GetString());
    }

    [Fact]
    public void Normalize_LongErrorMessage_IsCutAndListed()
    {
        var normalized = Normalize($$"""{"eventSource":"s3.amazonaws.com","eventName":"X","errorMessage":"{{new string('m', 10_000)}}"}""");

        Assert.Equal(NormalizerOptions.Default.MaxTextLength + 1, normalized.ErrorMessage!.Length);
        Assert.EndsWith("…", normalized.ErrorMessage);
        Assert.Contains("errorMessage", normalized.TruncatedFields);
    }

    [Fact]
    public void Normalize_LongTextWithAnEmojiAtTheCut_KeepsNoHalfOfIt()
    {
        // An emoji is two UTF-16 units; cut between them, the high half alone would be written out as U+FFFD.
        var cut = NormalizerOptions.Default.MaxTextLength;
        var text = new string('m', cut - 1) + "\uD83D\uDE00" + new string('m', 100);
        var arn = "arn:aws:s3:::b/" + new string('k', cut - 1 - "arn:aws:s3:::b/".Length) + "\uD83D\uDE00" + new string('k', 100);
        var normalized = Normalize($$"""{"eventSource":"s3.amazonaws.com","eventName":"X","errorMessage":"{{text}}","resources":[{"ARN":"{{arn}}"}]}""");

        Assert.Equal(new string('m', cut - 1) + "…", normalized.ErrorMessage);
        Assert.False(char.IsHighSurrogate(normalized.Resources[0].Arn![^1]));
    }

    [Fact]
    public void Normalize_FieldsOfOddTypes_ReadTolerantly()
    {
        var normalized = Normalize("""{"eventSource":["s3"],"eventName":7,"eventTime":1732700000,"readOnly":"true","managementEvent":"maybe","errorCode":403,"userIdentity":"root","resources":{"ARN":"x"}}""");

        Assert.Equal(EventNormalizer.UnknownValue, normalized.EventSource);
        Assert.Equal("7", normalized.EventName);
        Assert.Null(normalized.EventTime);
        Assert.True(normalized.ReadOnly);
        Assert.Null(normalized.ManagementEvent);
        Assert.Equal("403", normalized.ErrorCode);
        Assert.Equal(PrincipalType.Unknown, normalized.Identity.Type);
        Assert.Empty(normalized.Resources);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("\"text\"")]
    [InlineData("{}")]
    public void Normalize_InputThatIsNoRecordAtAll_ReturnsUnknownsWithoutThrowing(string json)
    {
        var normalized = Normalize(json);

        Assert.Equal(EventNormalizer.UnknownValue, normalized.EventSource);
        Assert.Equal(EventNormalizer.UnknownValue, normalized.EventName);
        Assert.Equal(PrincipalType.Unknown, normalized.Identity.Type);
    }

    [Fact]
    public void Normalize_Resources_KeepsObjectsAndStopsAtTheBound()
    {
        var items = string.Join(",", Enumerable.Range(0, 60).Select(i => $$"""{"ARN":"arn:aws:s3:::b{{i}}","accountId":"111122223333","type":"AWS::S3::Bucket"}"""));
        var normalized = Normalize("""{"eventSource":"s3.amazonaws.com","eventName":"X","resources":["str",5,""" + items + "]}");

        Assert.Equal(NormalizerOptions.Default.MaxResources, normalized.Resources.Count);
        Assert.Equal("arn:aws:s3:::b0", normalized.Resources[0].Arn);
        Assert.Equal("AWS::S3::Bucket", normalized.Resources[0].Type);
        Assert.Contains("resources", normalized.TruncatedFields);
    }

    [Fact]
    public void Normalize_LowerCaseResourceArn_IsRead()
    {
        var normalized = Normalize("""{"eventSource":"kms.amazonaws.com","eventName":"Decrypt","resources":[{"arn":"arn:aws:kms:us-east-1:111122223333:key/k"}]}""");

        Assert.Equal("arn:aws:kms:us-east-1:111122223333:key/k", Assert.Single(normalized.Resources).Arn);
    }

    [Fact]
    public void Normalize_Result_SerializesWithinTheStepPayloadLimit()
    {
        var big = new string('x', 300_000);
        var normalized = Normalize($$"""{"eventSource":"s3.amazonaws.com","eventName":"X","requestParameters":{"a":"{{big}}"},"responseElements":{"b":"{{big}}"},"additionalEventData":{"c":"{{big}}"},"userAgent":"{{big}}"}""");

        var bytes = JsonSerializer.SerializeToUtf8Bytes(normalized, ActivityAware.Core.Json.CoreJsonContext.Default.NormalizedEvent);

        Assert.True(bytes.Length < 64 * 1024, $"normalized event is {bytes.Length} bytes");
    }
}
