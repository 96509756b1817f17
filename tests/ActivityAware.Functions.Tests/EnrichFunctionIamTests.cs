using ActivityAware.Core.Pipeline;
using ActivityAware.Functions.Tests.Support;
using ActivityAware.Testing;
using ActivityAware.Testing.Alerts;

namespace ActivityAware.Functions.Tests;

/// <summary>"Enrich principal" as Lambda builds it (settings from the environment), reading IAM from moto_server.</summary>
[Collection(ProcessEnvironmentCollection.Name)]
public sealed class EnrichFunctionIamTests(MotoServer moto) : IClassFixture<MotoServer>
{
    [Fact]
    public async Task Handle_UserOfThisAccount_AddsIamTagsAndAlias()
    {
        using var http = new HttpClient();
        await IamQuery.CallAsync(http, moto.Endpoint, "CreateUser", ("UserName", "alice"), ("Tags.member.1.Key", "team"), ("Tags.member.1.Value", "payments"));
        await IamQuery.CallAsync(http, moto.Endpoint, "CreateAccountAlias", ("AccountAlias", "acme-prod"));
        using var _ = new ScopedEnvironment(new()
        {
            ["AWS_REGION"] = MotoServer.Region, ["AWS_ENDPOINT_URL_IAM"] = moto.Endpoint.ToString(), ["ACTIVITY_AWARE_ACCOUNT_ID"] = MotoServer.AccountId,
            ["AWS_ACCESS_KEY_ID"] = "testing", ["AWS_SECRET_ACCESS_KEY"] = "testing", ["ACTIVITY_AWARE_LOG_LEVEL"] = "warning",
        });
        var alert = AccessDeniedRecordBuilder.AccessDenied().Alert();
        var input = new DedupeOutput(alert, new DedupeDecision(alert.AlertKey, false, 0, false));

        var output = Payload.Read(await new EnrichFunction().Handle(Payload.Of(input, Payload.Contracts.DedupeOutput)), Payload.Contracts.EnrichOutput);

        Assert.Equal("iam", output.Enrichment!.Source);
        Assert.Equal("payments", output.Enrichment.PrincipalTags["team"]);
        Assert.Equal("acme-prod", output.Enrichment.AccountAlias);
        Assert.Equal("no-identity-policy", output.Enrichment.DenialReason);
    }
}
