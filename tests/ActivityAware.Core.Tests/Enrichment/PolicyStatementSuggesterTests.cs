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
    public void ServicePrefix_EventSource_ReturnsPrefix(string eventSource, string expected)
    {
        Assert.Equal(expected, PolicyStatementSuggester.ServicePrefix(eventSource));
    }
}
