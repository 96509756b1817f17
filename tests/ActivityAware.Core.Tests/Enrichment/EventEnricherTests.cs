using ActivityAware.Core.Enrichment;
using ActivityAware.Core.Pipeline;
using ActivityAware.Core.Rules;
using ActivityAware.Testing.Alerts;

namespace ActivityAware.Core.Tests.Enrichment;

public sealed class EventEnricherTests
{
    [Fact]
    public void Enrich_DeniedAssumedRole_GivesRoleArnAccountReasonAndStatement()
    {
        var alert = AccessDeniedRecordBuilder.AccessDenied().ForRole("Deployer", "ci-42")
            .With("errorMessage", "User: arn:aws:sts::123456789012:assumed-role/Deployer/ci-42 is not authorized to perform: s3:GetObject on resource: \"arn:aws:s3:::reports/q3.csv\" with an explicit deny in a service control policy")
            .Alert();

        var enrichment = new EventEnricher().Enrich(alert);

        Assert.Equal("arn:aws:iam::123456789012:role/Deployer", enrichment.PrincipalArn);
        Assert.Equal("123456789012", enrichment.AccountId);
        Assert.Equal("scp", enrichment.DenialReason);
        Assert.Contains("service control policy", enrichment.DenialExplanation);
        Assert.Contains("\"s3:GetObject\"", enrichment.SuggestedPolicyStatement);
        Assert.Equal("event-only", enrichment.Source);
    }

    [Fact]
    public void Enrich_NotADenial_HasNoDenialFields()
    {
        var candidate = AccessDeniedRecordBuilder.AccessDenied().Alert();
        var succeeded = candidate with { Event = candidate.Event with { ErrorCode = null, ErrorMessage = null } };

        var enrichment = new EventEnricher().Enrich(succeeded);

        Assert.Equal("arn:aws:iam::123456789012:user/alice", enrichment.PrincipalArn);
        Assert.Null(enrichment.DenialReason);
        Assert.Null(enrichment.SuggestedPolicyStatement);
    }

    [Fact]
    public void Enrich_WildcardSuggestion_ExplanationCarriesNote()
    {
        // No resource in the message, the resources array or the request parameters (the S3 record's bucketName would name one).
        var alert = AccessDeniedRecordBuilder.AccessDenied().With("eventSource", "iam.amazonaws.com").With("eventName", "ListUsers")
            .With("errorMessage", "Access Denied").WithoutResources().Alert();
        var enrichment = new EventEnricher().Enrich(alert);

        Assert.Equal(DenialReason.Unknown, enrichment.DenialReason);
        Assert.EndsWith(PolicyStatementSuggester.WildcardNote, enrichment.DenialExplanation);
    }

    [Fact]
    public void Enrich_VpcEndpointNetworkDenial_IsADenialWithTheEndpointReason()
    {
        var candidate = AccessDeniedRecordBuilder.AccessDenied().Alert();
        var vpce = candidate with
        {
            Event = candidate.Event with { ErrorCode = "VpceAccessDenied", ErrorMessage = "The request was denied due to a VPC endpoint policy" },
        };

        var enrichment = new EventEnricher().Enrich(vpce);

        Assert.Equal("vpc-endpoint-policy", enrichment.DenialReason);
        Assert.NotNull(enrichment.SuggestedPolicyStatement);
    }
}
