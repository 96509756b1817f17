using System.Text.Json;
using ActivityAware.Core.CloudTrail;
using ActivityAware.Core.Enrichment;
using ActivityAware.Core.Normalization;
using ActivityAware.Testing;

namespace ActivityAware.Core.Tests.Normalization;

/// <summary>The records of tests/fixtures/cloudtrail/real-shapes (shapes AWS documents or real logs show), through normalization and enrichment.</summary>
public sealed class RealShapeRecordTests
{
    private static NormalizedEvent Normalize(string name)
    {
        var text = File.ReadAllText(RepositoryRoot.Combine("tests", "fixtures", "cloudtrail", "real-shapes", name + ".json"));
        using var document = JsonDocument.Parse(text);
        return new EventNormalizer().Normalize(document.RootElement);
    }

    private static JsonElement Suggestion(NormalizedEvent normalized) =>
        JsonDocument.Parse(PolicyStatementSuggester.Suggest(normalized).StatementJson).RootElement;

    [Fact]
    public void IdentityCenterSignIn_NamesTheUserFromAdditionalEventData()
    {
        var identity = Normalize("identity-center-sign-in").Identity;

        Assert.Equal(PrincipalType.IdentityCenterUser, identity.Type);
        Assert.Equal("jürgen.müller", identity.UserName);
        Assert.Equal("b4f8c2d1-7e3a-4c59-9d55-2f1a6b3e9a01", identity.OnBehalfOf);
        Assert.Equal("Identity Center user jürgen.müller", identity.DisplayName);
    }

    [Fact]
    public void TrustedIdentityPropagation_KeepsTheRoleSessionAndTheWorkforceUser()
    {
        var normalized = Normalize("trusted-identity-propagation");

        // The role session signed the call (IdentityParserTests keeps it as the display name); the person is kept beside it.
        Assert.Equal("d2e3f4a5-6b7c-4d8e-9f0a-1b2c3d4e5f60", normalized.Identity.OnBehalfOf);
        Assert.Equal("DataAnalystRole/analyst-5", normalized.Identity.DisplayName);
        Assert.Equal("arn:aws:s3:::lake-curated/sales/2026/11/part 0001.parquet", Suggestion(normalized).GetProperty("Resource").GetString());
        Assert.Equal("no-identity-policy", DenialReasonClassifier.Classify(normalized.ErrorMessage).Code);
    }

    [Fact]
    public void AssumeRootSession_IsShownAsSuchNotAsARootSignIn()
    {
        var identity = Normalize("assume-root").Identity;

        Assert.Equal(PrincipalType.Root, identity.Type);
        Assert.True(identity.AssumedRoot);
        Assert.Equal("root (account 210987654321, AssumeRoot session)", identity.DisplayName);
    }

    [Fact]
    public void EmptyStringIdentityFields_ReadAsMissing()
    {
        var normalized = Normalize("empty-string-identity-fields");

        Assert.Null(normalized.Identity.UserName);
        Assert.Null(normalized.Identity.SourceIdentity);
        Assert.Null(normalized.Identity.AssumedRoot);
        Assert.Null(normalized.Identity.IdentityProvider);
        Assert.Equal("SearchReader/search-app", normalized.Identity.DisplayName);
        Assert.Equal("aoss:Search", Suggestion(normalized).GetProperty("Action").GetString());
        Assert.Equal("arn:aws:aoss:eu-central-1:210987654321:collection/k2n8example", Suggestion(normalized).GetProperty("Resource").GetString());
    }

    [Fact]
    public void S3ReadDeniedByKms_SuggestsKmsDecryptWithoutTheS3Object()
    {
        var normalized = Normalize("s3-read-denied-by-kms");
        var statement = Suggestion(normalized);

        Assert.Equal("kms:Decrypt", statement.GetProperty("Action").GetString());
        Assert.Equal("*", statement.GetProperty("Resource").GetString());
    }

    [Fact]
    public void ScpDenialWithPolicyArn_NamesTheScpAndItsArn()
    {
        var normalized = Normalize("scp-denial-with-policy-arn");
        var reason = DenialReasonClassifier.Classify(normalized.ErrorMessage);

        Assert.Equal("scp", reason.Code);
        Assert.EndsWith("arn:aws:organizations::109876543210:policy/o-k3x9example/service_control_policy/p-8fexample.", reason.Explanation);
        Assert.Equal("""{"Effect":"Allow","Action":"iam:ListRoles","Resource":"arn:aws:iam::210987654321:role/"}""", PolicyStatementSuggester.Suggest(normalized).StatementJson);
    }
}
