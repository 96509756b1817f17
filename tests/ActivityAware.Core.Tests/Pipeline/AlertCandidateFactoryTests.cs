using System.Text.Json;
using ActivityAware.Core.Normalization;
using ActivityAware.Core.Pipeline;
using ActivityAware.Core.Rules;

namespace ActivityAware.Core.Tests.Pipeline;

public sealed class AlertCandidateFactoryTests
{
    private static readonly RuleMatch Match = new("Test.Rule", "Test rule", Severity.Medium, "test", "matched");

    private static AlertCandidate Alert(string additionalEventData)
    {
        using var document = JsonDocument.Parse($$$"""
            {"eventSource":"signin.amazonaws.com","eventName":"CredentialChallenge","eventID":"e1",
             "userIdentity":{"type":"IdentityCenterUser","accountId":"210987654321",
               "onBehalfOf":{"userId":"b4f8c2d1-7e3a-4c59-9d55-2f1a6b3e9a01","identityStoreArn":"arn:aws:identitystore::210987654321:identitystore/d-90677a1b2c"}},
             "additionalEventData":{{{additionalEventData}}}}
            """);
        return AlertCandidateFactory.Create(new EventNormalizer().Normalize(document.RootElement), [Match]);
    }

    [Fact]
    public void Create_IdentityCenterUserWithAndWithoutSignInName_KeysOnTheStableUserId()
    {
        // Only sign-in events carry the typed user name; the user id keeps one person's alerts under one key either way.
        var named = Alert("""{"UserName":"jurgen"}""");
        var unnamed = Alert("""{}""");

        Assert.Equal("Identity Center user jurgen", named.Event.Identity.DisplayName);
        Assert.Equal(unnamed.AlertKey, named.AlertKey);
        Assert.Contains("b4f8c2d1-7e3a-4c59-9d55-2f1a6b3e9a01", named.AlertKey);
    }
}
