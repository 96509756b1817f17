using ActivityAware.Core.Normalization;

namespace ActivityAware.Core.Tests.Normalization;

/// <summary>Records of every CloudTrail event category (management, data, network activity, Insights) normalize without failing.</summary>
public sealed class RecordCategoryTests
{
    private const string Insight = """
        {"eventVersion":"1.08","eventTime":"2026-11-27T12:00:00Z","awsRegion":"us-east-1","eventID":"c6f2a8a0-5b0e-4c55-9a4b-0d1f5e1c2a01",
         "eventType":"AwsCloudTrailInsight","recipientAccountId":"111122223333","sharedEventID":"0b7d0e10-66f5-4e8b-9d8f-2f1b7f0f9a11",
         "insightDetails":{"state":"Start","eventSource":"iam.amazonaws.com","eventName":"DeleteUserPolicy","insightType":"ApiErrorRateInsight",
           "errorCode":"AccessDenied","insightContext":{"statistics":{"baseline":{"average":0.0},"insight":{"average":3.0},"insightDuration":1}}},
         "eventCategory":"Insight"}
        """;

    private const string NetworkActivity = """
        {"eventVersion":"1.11","userIdentity":{"type":"AWSAccount","principalId":"AIDAEXAMPLEOTHER","accountId":"444455556666"},
         "eventTime":"2026-11-27T12:00:01Z","eventSource":"s3.amazonaws.com","eventName":"GetObject","awsRegion":"us-east-1","sourceIPAddress":"10.0.1.5",
         "errorCode":"VpceAccessDenied","errorMessage":"The request was denied due to a VPC endpoint policy","requestID":"RQ1",
         "eventID":"c6f2a8a0-5b0e-4c55-9a4b-0d1f5e1c2a02","eventType":"AwsVpceEvent","recipientAccountId":"111122223333",
         "sharedEventID":"0b7d0e10-66f5-4e8b-9d8f-2f1b7f0f9a12","vpcEndpointId":"vpce-0a1b2c3d4e5f","vpcEndpointAccountId":"111122223333",
         "eventCategory":"NetworkActivity"}
        """;

    private const string DataEvent = """
        {"eventVersion":"1.10","userIdentity":{"type":"IAMUser","principalId":"AIDAEXAMPLEALICE","arn":"arn:aws:iam::111122223333:user/alice",
           "accountId":"111122223333","accessKeyId":"AKIAEXAMPLEALICE","userName":"alice"},
         "eventTime":"2026-11-27T12:00:02Z","eventSource":"s3.amazonaws.com","eventName":"GetObject","awsRegion":"us-east-1",
         "sourceIPAddress":"198.51.100.7","userAgent":"aws-cli/2.15.0","requestParameters":{"bucketName":"b","key":"k"},"responseElements":null,
         "additionalEventData":{"bytesTransferredIn":0,"x-amz-id-2":"EXAMPLE"},"errorCode":"AccessDenied","errorMessage":"Access Denied",
         "requestID":"RQ2","eventID":"c6f2a8a0-5b0e-4c55-9a4b-0d1f5e1c2a03","readOnly":true,
         "resources":[{"type":"AWS::S3::Object","ARN":"arn:aws:s3:::b/k"},{"accountId":"111122223333","type":"AWS::S3::Bucket","ARN":"arn:aws:s3:::b"}],
         "eventType":"AwsApiCall","managementEvent":false,"recipientAccountId":"111122223333","eventCategory":"Data"}
        """;

    [Fact]
    public void Normalize_InsightEvent_NamesTheApiItIsAbout()
    {
        var normalized = new EventNormalizer().Normalize(IdentityFixtures.Parse(Insight));

        Assert.Equal("Insight", normalized.EventCategory);
        Assert.Equal("iam.amazonaws.com", normalized.EventSource);
        Assert.Equal("DeleteUserPolicy", normalized.EventName);
        Assert.Null(normalized.ErrorCode);
        Assert.Equal("unknown principal", normalized.Identity.DisplayName);
    }

    [Fact]
    public void Unwrap_InsightEvent_IsARecordNotAnUnsupportedShape()
    {
        var result = CloudTrailEnvelope.Unwrap(IdentityFixtures.Parse(Insight));

        Assert.True(result.Success, result.Error);
    }

    [Fact]
    public void Unwrap_InsightEventFromEventBridge_IsARecord()
    {
        var result = CloudTrailEnvelope.Unwrap(IdentityFixtures.Parse(
            $$"""{"version":"0","id":"e1","detail-type":"AWS Insight via CloudTrail","source":"aws.iam","account":"111122223333","detail":{{Insight}}}"""));

        Assert.True(result.Success, result.Error);
    }

    [Fact]
    public void Normalize_NetworkActivityEvent_ReadsTheDenialAndTheEndpoint()
    {
        var normalized = new EventNormalizer().Normalize(IdentityFixtures.Parse(NetworkActivity));

        Assert.Equal("NetworkActivity", normalized.EventCategory);
        Assert.Equal("AwsVpceEvent", normalized.EventType);
        Assert.Equal("VpceAccessDenied", normalized.ErrorCode);
        Assert.Equal("vpce-0a1b2c3d4e5f", normalized.VpcEndpointId);
        Assert.Equal("account 444455556666", normalized.Identity.DisplayName);
    }

    [Fact]
    public void Normalize_DataEvent_ReadsResourcesAndCategory()
    {
        var normalized = new EventNormalizer().Normalize(IdentityFixtures.Parse(DataEvent));

        Assert.Equal("Data", normalized.EventCategory);
        Assert.False(normalized.ManagementEvent);
        Assert.Equal(["arn:aws:s3:::b/k", "arn:aws:s3:::b"], normalized.Resources.Select(r => r.Arn));
    }
}
