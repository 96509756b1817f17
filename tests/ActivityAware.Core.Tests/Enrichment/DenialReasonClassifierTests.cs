using ActivityAware.Core.Enrichment;

namespace ActivityAware.Core.Tests.Enrichment;

public sealed class DenialReasonClassifierTests
{
    private const string Prefix = "User: arn:aws:iam::123456789012:user/alice is not authorized to perform: s3:GetObject on resource: arn:aws:s3:::b/k ";

    [Theory]
    [InlineData("because no identity-based policy allows the s3:GetObject action", "no-identity-policy")]
    [InlineData("with an explicit deny in an identity-based policy", "explicit-deny-identity")]
    [InlineData("with an explicit deny in a resource-based policy", "explicit-deny-resource")]
    [InlineData("because no resource-based policy allows the s3:GetObject action", "no-resource-policy")]
    [InlineData("with an explicit deny in a service control policy", "scp")]
    [InlineData("with an explicit deny in a resource control policy", "rcp")]
    [InlineData("because no permissions boundary allows the s3:GetObject action", "permissions-boundary")]
    [InlineData("with an explicit deny in a permissions boundary", "permissions-boundary")]
    [InlineData("because no session policy allows the s3:GetObject action", "session-policy")]
    public void Classify_AwsMessage_ReturnsReason(string ending, string expected)
    {
        Assert.Equal(expected, DenialReasonClassifier.Classify(Prefix + ending).Code);
    }

    [Theory]
    [InlineData("Access Denied")]
    [InlineData("")]
    [InlineData(null)]
    public void Classify_MessageWithoutReason_ReturnsUnknown(string? message)
    {
        Assert.Equal(DenialReason.Unknown, DenialReasonClassifier.Classify(message).Code);
    }
}
