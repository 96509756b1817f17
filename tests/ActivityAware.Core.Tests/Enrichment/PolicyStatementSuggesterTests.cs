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
    [InlineData("lambda.amazonaws.com", "Invoke", "lambda:Invoke")]
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
}
