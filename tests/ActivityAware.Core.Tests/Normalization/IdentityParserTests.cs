using ActivityAware.Core.CloudTrail;
using ActivityAware.Core.Normalization;

namespace ActivityAware.Core.Tests.Normalization;

public sealed class IdentityParserTests
{
    private static PrincipalIdentity Fixture(string name) => new EventNormalizer().Normalize(IdentityFixtures.Record(name)).Identity;

    private static PrincipalIdentity Parse(string userIdentityJson) => IdentityParser.Parse(IdentityFixtures.Parse(userIdentityJson));

    [Fact]
    public void Parse_Root_NamesTheAccount()
    {
        var identity = Fixture("Root");

        Assert.Equal(PrincipalType.Root, identity.Type);
        Assert.Equal("111122223333", identity.AccountId);
        Assert.Equal("arn:aws:iam::111122223333:root", identity.Arn);
        Assert.Equal("root (account 111122223333)", identity.DisplayName);
        Assert.False(identity.MfaAuthenticated);
    }

    [Fact]
    public void Parse_IamUser_ReadsUserNameAndAccessKey()
    {
        var identity = Fixture("IAMUser");

        Assert.Equal(PrincipalType.IAMUser, identity.Type);
        Assert.Equal("alice", identity.UserName);
        Assert.Equal("AKIAQALICEEXAMPLE001", identity.AccessKeyId);
        Assert.Equal("AIDAQALICEEXAMPLE001", identity.PrincipalId);
        Assert.Equal("alice", identity.DisplayName);
    }

    [Fact]
    public void Parse_AssumedRole_ReadsRoleSessionAndIssuer()
    {
        var identity = Fixture("AssumedRole");

        Assert.Equal(PrincipalType.AssumedRole, identity.Type);
        Assert.Equal("Deployer", identity.RoleName);
        Assert.Equal("ci-build-4711", identity.SessionName);
        Assert.Equal("arn:aws:iam::111122223333:role/Deployer", identity.SessionIssuerArn);
        Assert.Equal("Role", identity.SessionIssuerType);
        Assert.Equal("111122223333", identity.SessionIssuerAccountId);
        Assert.Equal(new DateTimeOffset(2026, 11, 27, 8, 30, 0, TimeSpan.Zero), identity.SessionCreationDate);
        Assert.Equal("Deployer/ci-build-4711", identity.DisplayName);
    }

    [Fact]
    public void Parse_AwsReservedSsoSession_ShowsUserAndPermissionSet()
    {
        var identity = Fixture("AssumedRoleSSO");

        Assert.Equal(PrincipalType.AssumedRole, identity.Type);
        Assert.Equal("AWSReservedSSO_AdministratorAccess_0123456789abcdef", identity.RoleName);
        Assert.Equal("bob@example.com", identity.SessionName);
        Assert.True(identity.MfaAuthenticated);
        Assert.Equal("bob@example.com (SSO AdministratorAccess)", identity.DisplayName);
    }

    [Fact]
    public void Parse_FederatedUser_ReadsSessionFromArnAndIssuerUser()
    {
        var identity = Fixture("FederatedUser");

        Assert.Equal(PrincipalType.FederatedUser, identity.Type);
        Assert.Equal("carol", identity.SessionName);
        Assert.Equal("IAMUser", identity.SessionIssuerType);
        Assert.Equal("arn:aws:iam::111122223333:user/broker", identity.SessionIssuerArn);
        Assert.Equal("federated-user/carol", identity.DisplayName);
    }

    [Fact]
    public void Parse_AwsService_NamesTheService()
    {
        var identity = Fixture("AWSService");

        Assert.Equal(PrincipalType.AWSService, identity.Type);
        Assert.Equal("config.amazonaws.com", identity.InvokedBy);
        Assert.Null(identity.Arn);
        Assert.Equal("config.amazonaws.com", identity.DisplayName);
    }

    [Fact]
    public void Parse_AwsAccount_NamesTheOtherAccount()
    {
        var identity = Fixture("AWSAccount");

        Assert.Equal(PrincipalType.AWSAccount, identity.Type);
        Assert.Equal("444455556666", identity.AccountId);
        Assert.Equal("account 444455556666", identity.DisplayName);
    }

    [Fact]
    public void Parse_IdentityCenterUser_TakesTheUserIdFromOnBehalfOf()
    {
        var identity = Fixture("IdentityCenterUser");

        Assert.Equal(PrincipalType.IdentityCenterUser, identity.Type);
        Assert.Equal("94482488-3041-7026-18f3-be45837cd0e4", identity.UserName);
        Assert.Equal("Identity Center user 94482488-3041-7026-18f3-be45837cd0e4", identity.DisplayName);
    }

    [Fact]
    public void Parse_WebIdentityUser_NamesUserAndProvider()
    {
        var identity = Fixture("WebIdentityUser");

        Assert.Equal(PrincipalType.WebIdentityUser, identity.Type);
        Assert.Equal("accounts.google.com", identity.IdentityProvider);
        Assert.Equal("109876543210 via accounts.google.com", identity.DisplayName);
    }

    [Fact]
    public void Parse_SamlUser_NamesUserAndProviderFromItsArn()
    {
        var identity = Fixture("SAMLUser");

        Assert.Equal(PrincipalType.SAMLUser, identity.Type);
        Assert.Equal("arn:aws:iam::111122223333:saml-provider/Okta", identity.IdentityProvider);
        Assert.Equal("dave@example.com via Okta", identity.DisplayName);
    }

    [Fact]
    public void Parse_WebIdentityProviderOnlyInSessionContext_IsFound()
    {
        var identity = Parse("""{"type":"WebIdentityUser","sessionContext":{"webIdFederationData":{"federatedProvider":"cognito-identity.amazonaws.com"}}}""");

        Assert.Equal("cognito-identity.amazonaws.com", identity.IdentityProvider);
        Assert.Equal("web identity via cognito-identity.amazonaws.com", identity.DisplayName);
    }

    [Fact]
    public void Parse_MissingUserIdentity_IsUnknown()
    {
        var identity = IdentityParser.Parse(null);

        Assert.Equal(PrincipalType.Unknown, identity.Type);
        Assert.Equal("unknown principal", identity.DisplayName);
    }

    [Theory]
    [InlineData("\"IAMUser\"")]
    [InlineData("[1,2]")]
    [InlineData("null")]
    public void Parse_UserIdentityThatIsNotAnObject_IsUnknown(string json)
    {
        Assert.Equal(PrincipalType.Unknown, IdentityParser.Parse(IdentityFixtures.Parse(json)).Type);
    }

    [Fact]
    public void Parse_UndocumentedType_IsUnknownAndKeepsTheRawType()
    {
        var identity = Parse("""{"type":"QuantumUser","arn":"arn:aws:iam::111122223333:quantum/eve"}""");

        Assert.Equal(PrincipalType.Unknown, identity.Type);
        Assert.Equal("QuantumUser", identity.RawType);
        Assert.Equal("arn:aws:iam::111122223333:quantum/eve", identity.DisplayName);
        Assert.Equal("111122223333", identity.AccountId);
    }

    [Theory]
    [InlineData("\"5\"")]
    [InlineData("5")]
    [InlineData("\"Root, IAMUser\"")]
    [InlineData("\" Root\"")]
    [InlineData("\"root\"")]
    [InlineData("\"Unknown\"")]
    public void Parse_TypeThatIsNotExactlyADocumentedName_IsUnknown(string typeJson)
    {
        var identity = Parse($$"""{"type":{{typeJson}},"userName":"mallory"}""");

        Assert.Equal(PrincipalType.Unknown, identity.Type);
        Assert.Equal("mallory", identity.DisplayName);
    }

    [Fact]
    public void Parse_FieldsOfUnexpectedTypes_ReadAsNullWithoutThrowing()
    {
        var identity = Parse("""{"type":"AssumedRole","arn":42,"sessionContext":"oops","accountId":["x"],"userName":{"a":1}}""");

        Assert.Equal(PrincipalType.AssumedRole, identity.Type);
        Assert.Equal("42", identity.Arn);
        Assert.Null(identity.AccountId);
        Assert.Null(identity.RoleName);
        Assert.Null(identity.SessionIssuerArn);
        Assert.Equal("role", identity.DisplayName);
    }

    [Fact]
    public void Parse_Role_NamesTheRoleFromItsArn()
    {
        var identity = Parse("""{"type":"Role","principalId":"AROAEXAMPLEINGEST","arn":"arn:aws:iam::111122223333:role/service/Ingest","accountId":"111122223333"}""");

        Assert.Equal(PrincipalType.Role, identity.Type);
        Assert.Equal("Ingest", identity.RoleName);
        Assert.Equal("111122223333", identity.AccountId);
        Assert.Equal("role/Ingest", identity.DisplayName);
    }

    [Fact]
    public void Parse_Directory_NamesTheDirectoryUser()
    {
        var identity = Parse("""{"type":"Directory","principalId":"S-1-5-21-EXAMPLE","accountId":"111122223333","userName":"jdoe"}""");

        Assert.Equal(PrincipalType.Directory, identity.Type);
        Assert.Equal("directory user jdoe", identity.DisplayName);
        Assert.Equal("111122223333", identity.AccountId);
    }

    [Fact]
    public void Parse_IdentityCenterSignInWithEmptyArn_IsUnknownNamedByUserAndHasNoArn()
    {
        // signin.amazonaws.com CredentialChallenge/UserAuthentication records of Identity Center users: type "Unknown" and arn "".
        var identity = Parse("""{"type":"Unknown","principalId":"111122223333","arn":"","accountId":"111122223333","accessKeyId":"","userName":"bob@example.com"}""");

        Assert.Equal(PrincipalType.Unknown, identity.Type);
        Assert.Null(identity.Arn);
        Assert.Null(identity.AccessKeyId);
        Assert.Equal("111122223333", identity.AccountId);
        Assert.Equal("bob@example.com", identity.DisplayName);
    }

    [Fact]
    public void Parse_ConsoleFailureWithHiddenUserName_SaysTheNameIsHidden()
    {
        var identity = Parse("""{"type":"IAMUser","accountId":"111122223333","accessKeyId":"","userName":"HIDDEN_DUE_TO_SECURITY_REASONS"}""");

        Assert.Equal(PrincipalType.IAMUser, identity.Type);
        Assert.Equal("unknown user name (hidden by AWS)", identity.DisplayName);
    }

    [Fact]
    public void Parse_AssumedRoleWithoutArn_TakesSessionFromPrincipalIdAndRoleFromIssuer()
    {
        var identity = Parse("""{"type":"AssumedRole","principalId":"AROAEXAMPLEDEPLOY:ci-42","accountId":"111122223333","sessionContext":{"sessionIssuer":{"type":"Role","arn":"arn:aws:iam::111122223333:role/Deployer","userName":"Deployer"}}}""");

        Assert.Equal("ci-42", identity.SessionName);
        Assert.Equal("Deployer/ci-42", identity.DisplayName);
    }

    [Fact]
    public void Parse_FederatedUserWithoutArn_TakesNameFromPrincipalId()
    {
        var identity = Parse("""{"type":"FederatedUser","principalId":"111122223333:carol","accountId":"111122223333"}""");

        Assert.Equal("federated-user/carol", identity.DisplayName);
    }

    [Fact]
    public void Parse_AssumedRoleOnBehalfOfIdentityCenterUserWithSourceIdentity_KeepsRoleSession()
    {
        // Trusted identity propagation adds onBehalfOf to a role session; the session is still who signed the call.
        var identity = Parse("""
            {"type":"AssumedRole","principalId":"AROAEXAMPLEAPP:app","arn":"arn:aws:sts::111122223333:assumed-role/App/app","accountId":"111122223333",
             "sessionContext":{"sessionIssuer":{"type":"Role","arn":"arn:aws:iam::111122223333:role/App","userName":"App"},"sourceIdentity":"alice",
               "attributes":{"creationDate":"2026-11-27T08:30:00Z","mfaAuthenticated":"false"}},
             "onBehalfOf":{"userId":"94482488-3041-7026-18f3-be45837cd0e4","identityStoreArn":"arn:aws:identitystore::111122223333:identitystore/d-9067642ac7"},
             "inScopeOf":{"issuerType":"AWS::Lambda::Function","credentialsIssuedTo":"arn:aws:lambda:us-east-1:111122223333:function:app"},
             "credentialId":"EXAMPLECREDENTIAL"}
            """);

        Assert.Equal(PrincipalType.AssumedRole, identity.Type);
        Assert.Equal("alice", identity.SourceIdentity);
        Assert.Equal("App/app", identity.DisplayName);
    }

    [Theory]
    [InlineData("""{}""")]
    [InlineData("""{"type":null,"arn":null,"sessionContext":null,"onBehalfOf":null}""")]
    [InlineData("""{"type":"AssumedRole","sessionContext":{"sessionIssuer":"x","attributes":[1],"webIdFederationData":7}}""")]
    [InlineData("""{"type":"Root","arn":"arn:aws:iam::"}""")]
    [InlineData("""{"type":"AssumedRole","arn":"arn:aws:sts::1:assumed-role/","principalId":":"}""")]
    [InlineData("""{"type":"FederatedUser","arn":"arn:aws:sts::1:federated-user/","principalId":"x:"}""")]
    [InlineData("""{"type":"Role","arn":"arn"}""")]
    [InlineData("""{"type":"IdentityCenterUser","onBehalfOf":{"userId":42}}""")]
    [InlineData("""{"type":"Directory"}""")]
    public void Parse_DocumentedTypeWithMissingOrOddFields_NamesSomethingWithoutThrowing(string json)
    {
        var identity = Parse(json);

        Assert.False(string.IsNullOrWhiteSpace(identity.DisplayName));
    }

    [Fact]
    public void Parse_AnonymousS3Caller_SaysTheRequestWasUnsigned()
    {
        var identity = Parse("""{"type":"AWSAccount","principalId":"","accountId":"anonymous"}""");

        Assert.Equal(PrincipalType.AWSAccount, identity.Type);
        Assert.Null(identity.PrincipalId);
        Assert.Equal("anonymous (unsigned request)", identity.DisplayName);
    }

    [Fact]
    public void Parse_SessionCreationDateInIsoBasicFormat_IsRead()
    {
        // The CloudTrail User Guide's AssumedRole example writes creationDate as 20131102T010628Z.
        var identity = Parse("""{"type":"AssumedRole","arn":"arn:aws:sts::123456789012:assumed-role/RoleToBeAssumed/MySessionName","sessionContext":{"attributes":{"mfaAuthenticated":"false","creationDate":"20131102T010628Z"}}}""");

        Assert.Equal(new DateTimeOffset(2013, 11, 2, 1, 6, 28, TimeSpan.Zero), identity.SessionCreationDate);
    }
}
