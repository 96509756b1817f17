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
    [InlineData("with an explicit deny in a session policy", "session-policy")]
    [InlineData("with an explicit deny in a sessions policy", "session-policy")]
    [InlineData("because no VPC endpoint policy allows the s3:GetObject action", "vpc-endpoint-policy")]
    [InlineData("with an explicit deny in a VPC endpoint policy", "vpc-endpoint-policy")]
    [InlineData("with an explicit deny in a VPC endpoint policy transitively through a service control policy", "scp")]
    [InlineData("because no service control policy allows the s3:GetObject action", "scp")]
    [InlineData("because no resource control policy allows the s3:GetObject action", "rcp")]
    [InlineData("with an explicit deny in the role trust policy", "role-trust-policy")]
    [InlineData("because the role trust policy allows the sts:AssumeRole action", "role-trust-policy")]
    [InlineData("with an explicit deny in a service control policy: arn:aws:organizations::111122223333:policy/o-a1b2c3d4e5/service_control_policy/p-examplescp", "scp")]
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

    [Fact]
    public void Classify_ReasonPhraseInsideTheResourceArn_IsNotTheReason()
    {
        // An S3 key may contain spaces, so it can spell a policy type; only the clause AWS appends counts.
        const string message = "User: arn:aws:iam::123456789012:user/alice is not authorized to perform: s3:GetObject on resource: "
            + "\"arn:aws:s3:::b/with an explicit deny in a service control policy\" because no identity-based policy allows the s3:GetObject action";

        Assert.Equal("no-identity-policy", DenialReasonClassifier.Classify(message).Code);
    }

    [Fact]
    public void Classify_MessageNamingThePolicy_PutsItInTheExplanation()
    {
        var reason = DenialReasonClassifier.Classify(Prefix
            + "with an explicit deny in a service control policy: arn:aws:organizations::111122223333:policy/o-a1b2c3d4e5/service_control_policy/p-examplescp.");

        Assert.Equal("scp", reason.Code);
        Assert.EndsWith(" The denying policy is arn:aws:organizations::111122223333:policy/o-a1b2c3d4e5/service_control_policy/p-examplescp.", reason.Explanation);
    }

    [Fact]
    public void Classify_ExplicitDeny_SaysAnAllowCannotOverrideIt()
    {
        Assert.Contains("cannot override", DenialReasonClassifier.Classify(Prefix + "with an explicit deny in an identity-based policy").Explanation);
        Assert.DoesNotContain("cannot override", DenialReasonClassifier.Classify(Prefix + "because no identity-based policy allows the s3:GetObject action").Explanation);
    }

    [Fact]
    public void Classify_Ec2EncodedAuthorizationMessage_SaysHowToDecodeIt()
    {
        var reason = DenialReasonClassifier.Classify(
            "You are not authorized to perform this operation. Encoded authorization failure message: 4GIOHlTkIaWHQD0Q0m6XSnuUMCm-EXAMPLE");

        Assert.Equal(DenialReasonClassifier.EncodedMessage, reason.Code);
        Assert.Contains("decode-authorization-message", reason.Explanation);
    }

    [Fact]
    public void Classify_Ec2MessageWithReasonAndEncodedMessage_PrefersTheReason()
    {
        var reason = DenialReasonClassifier.Classify(
            "You are not authorized to perform this operation. User: arn:aws:iam::123456789012:user/alice is not authorized to perform: ec2:RunInstances "
            + "on resource: arn:aws:ec2:us-east-1:123456789012:instance/* because no identity-based policy allows the ec2:RunInstances action. "
            + "Encoded authorization failure message: 4GIOHlTkIaWHQD0Q0m6XSnuUMCm-EXAMPLE");

        Assert.Equal("no-identity-policy", reason.Code);
    }

    [Fact]
    public void Classify_NetworkActivityVpceDenial_IsTheEndpointPolicy()
    {
        Assert.Equal("vpc-endpoint-policy", DenialReasonClassifier.Classify("The request was denied due to a VPC endpoint policy").Code);
    }

    [Fact]
    public void Classify_AssumeRoleDenialWithoutClause_IsUnknownButNamesBothPlacesToLook()
    {
        var reason = DenialReasonClassifier.Classify(
            "User: arn:aws:sts::111122223333:assumed-role/ci/build-7 is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::444455556666:role/deploy");

        Assert.Equal(DenialReason.Unknown, reason.Code);
        Assert.Contains("trust policy", reason.Explanation);
    }

    [Fact]
    public void Classify_TransitivePhraseInsideTheResourceArn_IsNotTheReason()
    {
        // The S3 key is the caller's text; only AWS's own clause at the end of the message says why.
        const string message = "User: arn:aws:iam::123456789012:user/alice is not authorized to perform: s3:GetObject on resource: "
            + "\"arn:aws:s3:::b/x transitively through a service control policy\" because no identity-based policy allows the s3:GetObject action";

        Assert.Equal("no-identity-policy", DenialReasonClassifier.Classify(message).Code);
    }

    [Theory]
    // The IAM User Guide's wording of SCP denials before the policy-type clauses were uniform.
    [InlineData("User: arn:aws:iam::777788889999:user/JohnDoe is not authorized to perform: codecommit:ListRepositories due to an explicit deny in a Service Control Policy")]
    [InlineData("User is not authorized to perform cloudtrail:DeleteTrail due to an explicit deny in a service control policy.")]
    public void Classify_DueToAnExplicitDenyInAnScp_IsTheScp(string message)
    {
        Assert.Equal("scp", DenialReasonClassifier.Classify(message).Code);
    }

    [Theory]
    [InlineData("User: arn:aws:iam::444455556666:user/ExampleUser is not authorized to perform: ec2:RunInstances on resource: arn:aws:ec2:us-east-1:444455556666:volume/* with an explicit deny")]
    [InlineData("User: arn:aws:iam::444455556666:user/ExampleUser is not authorized to perform: iam:DeleteRole on resource: arn:aws:iam::444455556666:role/ops with an explicit deny.")]
    [InlineData("You are not authorized to perform this operation. User: arn:aws:iam::444455556666:user/u is not authorized to perform: ec2:RunInstances with an explicit deny. Encoded authorization failure message: 4GIOHlTk-EXAMPLE")]
    public void Classify_ExplicitDenyWithoutPolicyType_IsAnExplicitDenyOfUnnamedType(string message)
    {
        var reason = DenialReasonClassifier.Classify(message);

        Assert.Equal(DenialReasonClassifier.ExplicitDeny, reason.Code);
        Assert.Contains("cannot override", reason.Explanation);
    }

    [Fact]
    public void Classify_BareExplicitDenyPhraseFollowedByMoreText_IsNotTheClause()
    {
        // An S3 key ending in the bare phrase, then AWS's real clause.
        const string message = "User: arn:aws:iam::123456789012:user/alice is not authorized to perform: s3:GetObject on resource: "
            + "\"arn:aws:s3:::b/notes with an explicit deny\" because no resource-based policy allows the s3:GetObject action";

        Assert.Equal("no-resource-policy", DenialReasonClassifier.Classify(message).Code);
    }
}
