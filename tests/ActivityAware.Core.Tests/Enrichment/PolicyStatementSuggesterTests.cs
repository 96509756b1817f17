using System.Text.Json;
using ActivityAware.Core.Enrichment;
using ActivityAware.Testing.Alerts;

namespace ActivityAware.Core.Tests.Enrichment;

public sealed class PolicyStatementSuggesterTests
{
    [Fact]
    public void Suggest_MessageNamesActionAndResource_UsesThem()
    {
        var alert = AccessDeniedRecordBuilder.AccessDenied().Alert();
        var suggestion = PolicyStatementSuggester.Suggest(alert.Event);

        Assert.Equal("""{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::reports/q3.csv"}""", suggestion.StatementJson);
        Assert.Null(suggestion.Note);
    }

    [Fact]
    public void Suggest_MessageWithoutResource_UsesResourcesArray()
    {
        var alert = AccessDeniedRecordBuilder.AccessDenied().With("errorMessage", "Access Denied").Alert();
        var statement = JsonDocument.Parse(PolicyStatementSuggester.Suggest(alert.Event).StatementJson).RootElement;

        Assert.Equal("s3:GetObject", statement.GetProperty("Action").GetString());
        Assert.Equal("arn:aws:s3:::reports/q3.csv", statement.GetProperty("Resource").GetString());
    }

    [Fact]
    public void Suggest_NoResourceAnywhere_UsesWildcardWithNote()
    {
        var alert = AccessDeniedRecordBuilder.AccessDenied()
            .With("eventSource", "iam.amazonaws.com").With("eventName", "ListUsers").With("errorMessage", "Access Denied").WithoutResources().Alert();
        var suggestion = PolicyStatementSuggester.Suggest(alert.Event);

        Assert.Equal("""{"Effect":"Allow","Action":"iam:ListUsers","Resource":"*"}""", suggestion.StatementJson);
        Assert.Equal(PolicyStatementSuggester.WildcardNote, suggestion.Note);
    }

    [Fact]
    public void Suggest_HostileMessage_CannotInjectPolicyText()
    {
        var alert = AccessDeniedRecordBuilder.AccessDenied()
            .With("errorMessage", "not authorized to perform: s3:Get\"Object\",\"Action\":\"*\" on resource: arn:aws:s3:::x\",\"Effect\":\"Deny")
            .WithoutResources().Alert();
        var statement = JsonDocument.Parse(PolicyStatementSuggester.Suggest(alert.Event).StatementJson).RootElement;

        Assert.Equal(3, statement.EnumerateObject().Count());
        Assert.Equal("Allow", statement.GetProperty("Effect").GetString());
        Assert.Equal("s3:GetObject", statement.GetProperty("Action").GetString());
        Assert.DoesNotContain("\"", statement.GetProperty("Resource").GetString());
    }

    [Theory]
    [InlineData("s3.amazonaws.com", "s3")]
    [InlineData("sts.amazonaws.com", "sts")]
    [InlineData("Evil\"Source", "unknown")]
    [InlineData("monitoring.amazonaws.com", "cloudwatch")]
    [InlineData("email.amazonaws.com", "ses")]
    public void ServicePrefix_EventSource_ReturnsPrefix(string eventSource, string expected)
    {
        Assert.Equal(expected, PolicyStatementSuggester.ServicePrefix(eventSource));
    }

    [Fact]
    public void Suggest_MessageWithUpperCaseServicePrefix_WritesTheIamPrefixInLowerCase()
    {
        var alert = AccessDeniedRecordBuilder.AccessDenied()
            .With("eventSource", "sns.amazonaws.com").With("eventName", "Publish")
            .With("errorMessage", "User: arn:aws:sts::111122223333:assumed-role/app/s is not authorized to perform: SNS:Publish on resource: "
                + "arn:aws:sns:us-east-1:444455556666:alerts with an explicit deny in a VPC endpoint policy transitively through a service control policy")
            .Alert();
        var statement = JsonDocument.Parse(PolicyStatementSuggester.Suggest(alert.Event).StatementJson).RootElement;

        Assert.Equal("sns:Publish", statement.GetProperty("Action").GetString());
        Assert.Equal("arn:aws:sns:us-east-1:444455556666:alerts", statement.GetProperty("Resource").GetString());
    }

    [Theory]
    [InlineData("lambda.amazonaws.com", "UpdateFunctionCode20150331v2", "lambda:UpdateFunctionCode")]
    [InlineData("lambda.amazonaws.com", "GetFunction20150331v2", "lambda:GetFunction")]
    [InlineData("lambda.amazonaws.com", "ListFunctions20150331", "lambda:ListFunctions")]
    [InlineData("lambda.amazonaws.com", "Invoke", "lambda:InvokeFunction")]
    [InlineData("s3.amazonaws.com", "ListObjectsV2", "s3:ListBucket")]
    [InlineData("s3.amazonaws.com", "HeadObject", "s3:GetObject")]
    [InlineData("s3.amazonaws.com", "ListBuckets", "s3:ListAllMyBuckets")]
    [InlineData("s3.amazonaws.com", "GetObject", "s3:GetObject")]
    [InlineData("monitoring.amazonaws.com", "PutMetricAlarm", "cloudwatch:PutMetricAlarm")]
    [InlineData("ec2.amazonaws.com", "Run;Instances", "ec2:*")]
    public void Suggest_MessageWithoutAction_UsesTheIamActionTheCallNeeds(string eventSource, string eventName, string expected)
    {
        var alert = AccessDeniedRecordBuilder.AccessDenied()
            .With("eventSource", eventSource).With("eventName", eventName).With("errorMessage", "Access Denied").Alert();
        var statement = JsonDocument.Parse(PolicyStatementSuggester.Suggest(alert.Event).StatementJson).RootElement;

        Assert.Equal(expected, statement.GetProperty("Action").GetString());
    }

    private static JsonElement Statement(AccessDeniedRecordBuilder builder) =>
        JsonDocument.Parse(PolicyStatementSuggester.Suggest(builder.Alert().Event).StatementJson).RootElement;

    [Fact]
    public void Suggest_QuotedS3ResourceWithSpacesInTheKey_TakesTheWholeKey()
    {
        // S3 quotes the resource ARN in its messages; an object key may hold spaces.
        var statement = Statement(AccessDeniedRecordBuilder.AccessDenied().WithoutResources()
            .With("errorMessage", "User: arn:aws:iam::123456789012:user/alice is not authorized to perform: s3:GetObject on resource: "
                + "\"arn:aws:s3:::reports/2026/Q3 final report.pdf\" because no identity-based policy allows the s3:GetObject action"));

        Assert.Equal("arn:aws:s3:::reports/2026/Q3 final report.pdf", statement.GetProperty("Resource").GetString());
    }

    [Fact]
    public void Suggest_ResourceCutOffByTruncation_IsNotTakenForTheWholeArn()
    {
        // The normalizer cuts a long errorMessage and appends "…": the ARN before the cut is a prefix of the real one.
        var longKey = new string('k', 3000);
        var statement = Statement(AccessDeniedRecordBuilder.AccessDenied().WithoutResources()
            .With("errorMessage", "User: arn:aws:iam::123456789012:user/alice is not authorized to perform: s3:GetObject on resource: "
                + $"arn:aws:s3:::reports/{longKey} because no identity-based policy allows the s3:GetObject action"));

        Assert.Equal("arn:aws:s3:::reports/q3.csv", statement.GetProperty("Resource").GetString());
    }

    [Fact]
    public void Suggest_KmsDenialOfAnS3Read_DoesNotPairTheKmsActionWithTheS3Object()
    {
        // S3 reading an SSE-KMS object for the caller: the event is s3 GetObject with the object in resources, the denied action is kms:Decrypt.
        var suggestion = PolicyStatementSuggester.Suggest(AccessDeniedRecordBuilder.AccessDenied()
            .With("errorMessage", "User: arn:aws:iam::123456789012:user/alice is not authorized to perform: kms:Decrypt on the resource "
                + "associated with this ciphertext because the resource does not exist in this Region, no resource-based policies allow access, "
                + "or a resource-based policy explicitly denies access")
            .Alert().Event);
        var statement = JsonDocument.Parse(suggestion.StatementJson).RootElement;

        Assert.Equal("kms:Decrypt", statement.GetProperty("Action").GetString());
        Assert.Equal("*", statement.GetProperty("Resource").GetString());
        Assert.Equal(PolicyStatementSuggester.WildcardNote, suggestion.Note);
    }

    [Fact]
    public void Suggest_AssumeRoleDenial_KeepsTheRoleFromResourcesForTheStsAction()
    {
        var statement = Statement(AccessDeniedRecordBuilder.AccessDenied().WithoutResources()
            .With("eventSource", "sts.amazonaws.com").With("eventName", "AssumeRole").With("errorMessage", "Access denied")
            .WithResources(("AWS::IAM::Role", "arn:aws:iam::444455556666:role/deploy")));

        Assert.Equal("sts:AssumeRole", statement.GetProperty("Action").GetString());
        Assert.Equal("arn:aws:iam::444455556666:role/deploy", statement.GetProperty("Resource").GetString());
    }

    [Theory]
    [InlineData("s3.amazonaws.com", "ListObjects", """{"bucketName":"reports","prefix":"2026/"}""", "arn:aws:s3:::reports")]
    [InlineData("s3.amazonaws.com", "GetObject", """{"bucketName":"reports","key":"2026/Q3 final.pdf"}""", "arn:aws:s3:::reports/2026/Q3 final.pdf")]
    [InlineData("sqs.amazonaws.com", "SendMessage", """{"queueUrl":"https://sqs.eu-west-1.amazonaws.com/444455556666/jobs.fifo"}""", "arn:aws:sqs:eu-west-1:444455556666:jobs.fifo")]
    [InlineData("sns.amazonaws.com", "Publish", """{"topicArn":"arn:aws:sns:eu-west-1:444455556666:alerts"}""", "arn:aws:sns:eu-west-1:444455556666:alerts")]
    [InlineData("lambda.amazonaws.com", "Invoke", """{"functionName":"resize"}""", "arn:aws:lambda:eu-west-1:123456789012:function:resize")]
    [InlineData("lambda.amazonaws.com", "Invoke", """{"functionName":"arn:aws:lambda:eu-west-1:444455556666:function:resize"}""", "arn:aws:lambda:eu-west-1:444455556666:function:resize")]
    [InlineData("dynamodb.amazonaws.com", "GetItem", """{"tableName":"orders"}""", "arn:aws:dynamodb:eu-west-1:123456789012:table/orders")]
    [InlineData("kms.amazonaws.com", "DescribeKey", """{"keyId":"1234abcd-12ab-34cd-56ef-1234567890ab"}""", "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab")]
    [InlineData("secretsmanager.amazonaws.com", "GetSecretValue", """{"secretId":"arn:aws:secretsmanager:eu-west-1:123456789012:secret:db-AbCdEf"}""", "arn:aws:secretsmanager:eu-west-1:123456789012:secret:db-AbCdEf")]
    public void Suggest_MessageAndEventNameNoResource_BuildsTheArnFromTheRequestParameters(string eventSource, string eventName, string request, string expected)
    {
        var alert = AccessDeniedRecordBuilder.AccessDenied().WithoutResources()
            .With("eventSource", eventSource).With("eventName", eventName).With("errorMessage", "Access Denied")
            .WithRequestParameters(request).Alert();
        var suggestion = PolicyStatementSuggester.Suggest(alert.Event);

        Assert.Equal(expected, JsonDocument.Parse(suggestion.StatementJson).RootElement.GetProperty("Resource").GetString());
        Assert.Null(suggestion.Note);
    }

    [Theory]
    [InlineData("secretsmanager.amazonaws.com", "GetSecretValue", """{"secretId":"db"}""")]
    [InlineData("sqs.amazonaws.com", "SendMessage", """{"queueUrl":"https://evil.example/444455556666/jobs"}""")]
    [InlineData("s3.amazonaws.com", "GetObject", """{"bucketName":"Not A Bucket","key":"k"}""")]
    [InlineData("kms.amazonaws.com", "DescribeKey", """{"keyId":"alias/prod"}""")]
    [InlineData("lambda.amazonaws.com", "Invoke", """{"functionName":"arn:aws:s3:::not-a-function"}""")]
    public void Suggest_RequestParameterThatIsNotAResourceName_LeavesTheWildcard(string eventSource, string eventName, string request)
    {
        var alert = AccessDeniedRecordBuilder.AccessDenied().WithoutResources()
            .With("eventSource", eventSource).With("eventName", eventName).With("errorMessage", "Access Denied")
            .WithRequestParameters(request).Alert();

        Assert.Equal("*", JsonDocument.Parse(PolicyStatementSuggester.Suggest(alert.Event).StatementJson).RootElement.GetProperty("Resource").GetString());
    }

    [Theory]
    [InlineData("cloudcontrolapi.amazonaws.com", "cloudformation")]
    [InlineData("rdsdata.amazonaws.com", "rds-data")]
    [InlineData("tagging.amazonaws.com", "tag")]
    [InlineData("es.amazonaws.com", "es")]
    [InlineData("states.amazonaws.com", "states")]
    [InlineData("execute-api.amazonaws.com", "execute-api")]
    [InlineData("elasticloadbalancing.amazonaws.com", "elasticloadbalancing")]
    [InlineData("identitystore.amazonaws.com", "identitystore")]
    public void ServicePrefix_SourcesWhoseNameDiffersOrIsKept_ReturnsTheIamPrefix(string eventSource, string expected)
    {
        Assert.Equal(expected, PolicyStatementSuggester.ServicePrefix(eventSource));
    }

    [Theory]
    [InlineData("GetBucketEncryption", "s3:GetEncryptionConfiguration")]
    [InlineData("PutBucketEncryption", "s3:PutEncryptionConfiguration")]
    [InlineData("DeleteBucketEncryption", "s3:PutEncryptionConfiguration")]
    [InlineData("PutBucketLifecycle", "s3:PutLifecycleConfiguration")]
    [InlineData("DeleteBucketLifecycle", "s3:PutLifecycleConfiguration")]
    [InlineData("GetBucketReplication", "s3:GetReplicationConfiguration")]
    [InlineData("PutBucketCors", "s3:PutBucketCORS")]
    [InlineData("DeleteBucketPublicAccessBlock", "s3:PutBucketPublicAccessBlock")]
    [InlineData("DeleteAccountPublicAccessBlock", "s3:PutAccountPublicAccessBlock")]
    [InlineData("ListMultipartUploads", "s3:ListBucketMultipartUploads")]
    [InlineData("PutBucketPolicy", "s3:PutBucketPolicy")]
    public void Suggest_S3ConfigurationCall_UsesTheActionTheServiceAuthorizationReferenceNames(string eventName, string expected)
    {
        var statement = Statement(AccessDeniedRecordBuilder.AccessDenied().With("eventName", eventName).With("errorMessage", "Access Denied"));

        Assert.Equal(expected, statement.GetProperty("Action").GetString());
    }
}
