using ActivityAware.Core.CloudTrail;
using ActivityAware.Core.Enrichment;

namespace ActivityAware.Core.Tests.Enrichment;

public sealed class PrincipalReferenceTests
{
    private static PrincipalIdentity Identity(PrincipalType type, string? arn = null, string? issuerArn = null) =>
        new() { Type = type, Arn = arn, SessionIssuerArn = issuerArn, DisplayName = "x" };

    [Fact]
    public void Of_IamUserWithPath_IsTheUserByName() =>
        Assert.Equal(new PrincipalReference(PrincipalKind.User, "alice", "111122223333", "arn:aws:iam::111122223333:user/engineering/alice"),
            PrincipalReference.Of(Identity(PrincipalType.IAMUser, "arn:aws:iam::111122223333:user/engineering/alice")));

    [Fact]
    public void Of_AssumedRole_IsTheIssuingRole() =>
        Assert.Equal(new PrincipalReference(PrincipalKind.Role, "Deployer", "111122223333", "arn:aws:iam::111122223333:role/ci/Deployer"),
            PrincipalReference.Of(Identity(PrincipalType.AssumedRole, "arn:aws:sts::111122223333:assumed-role/Deployer/ci-42", "arn:aws:iam::111122223333:role/ci/Deployer")));

    [Fact]
    public void Of_FederatedUser_IsTheIssuingUser() =>
        Assert.Equal(PrincipalKind.User,
            PrincipalReference.Of(Identity(PrincipalType.FederatedUser, "arn:aws:sts::111122223333:federated-user/carol", "arn:aws:iam::111122223333:user/broker"))?.Kind);

    [Fact]
    public void Of_RoleActingAsItself_IsTheRole() =>
        Assert.Equal(new PrincipalReference(PrincipalKind.Role, "Ingest", "111122223333", "arn:aws:iam::111122223333:role/Ingest"),
            PrincipalReference.Of(Identity(PrincipalType.Role, "arn:aws:iam::111122223333:role/Ingest")));

    [Theory]
    [InlineData(PrincipalType.Root, "arn:aws:iam::111122223333:root", null)]
    [InlineData(PrincipalType.AWSService, null, null)]
    [InlineData(PrincipalType.IdentityCenterUser, null, null)]
    [InlineData(PrincipalType.IAMUser, "not-an-arn", null)]
    [InlineData(PrincipalType.IAMUser, "arn:aws:iam::111122223333:group/admins", null)]
    [InlineData(PrincipalType.AssumedRole, "arn:aws:sts::111122223333:assumed-role/Deployer/ci-42", null)]
    public void Of_NoIamUserOrRoleBehindIt_IsNull(PrincipalType type, string? arn, string? issuerArn) =>
        Assert.Null(PrincipalReference.Of(Identity(type, arn, issuerArn)));
}
