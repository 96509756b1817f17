using System.Text.Json;
using ActivityAware.Core.Detection;
using ActivityAware.Core.Rules;

namespace ActivityAware.Core.Tests.Detection;

public sealed class AccessDeniedDetectorTests
{
    // Error codes AWS services return for authorization failures, as CloudTrail records them.
    public static TheoryData<string> DenialCodes => new()
    {
        "AccessDenied", "AccessDeniedException", "AccessDeniedForDependencyException", "KMSAccessDeniedException", "Client.UnauthorizedOperation",
        "UnauthorizedOperation", "UnauthorizedAccess", "UnauthorizedAccessException", "AuthorizationError", "AuthorizationErrorException",
        "NotAuthorizedException", "ForbiddenException", "Forbidden", "UnauthorizedException", "InsufficientPermissionsException", "VpceAccessDenied",
    };

    public static TheoryData<string> OtherCodes => new()
    {
        "NoSuchKey", "ThrottlingException", "ValidationException", "InvalidClientTokenId", "accessdenied", "ResourceNotFoundException", "Client.DryRunOperation",
    };

    private static JsonElement Record(string errorCode, string identity = """{"type":"IAMUser","arn":"arn:aws:iam::111122223333:user/alice","accountId":"111122223333","userName":"alice"}""",
        string sourceIp = "198.51.100.7")
    {
        using var document = JsonDocument.Parse($$"""
            {"eventVersion":"1.10","userIdentity":{{identity}},"eventSource":"s3.amazonaws.com","eventName":"GetObject","sourceIPAddress":"{{sourceIp}}",
             "eventType":"AwsApiCall","errorCode":"{{errorCode}}","errorMessage":"Access Denied"}
            """);
        return document.RootElement.Clone();
    }

    [Theory]
    [MemberData(nameof(DenialCodes))]
    public void IsAuthorizationFailure_DenialCode_IsTrue(string code) => Assert.True(AccessDeniedDetector.IsAuthorizationFailure(code));

    [Theory]
    [MemberData(nameof(OtherCodes))]
    public void IsAuthorizationFailure_OtherCode_IsFalse(string code) => Assert.False(AccessDeniedDetector.IsAuthorizationFailure(code));

    [Theory]
    [MemberData(nameof(DenialCodes))]
    [MemberData(nameof(OtherCodes))]
    public void IsAuthorizationFailure_AgreesWithThePackRule(string code)
    {
        var rule = RulePack.LoadDefault().Rules.Single(r => r.Id == AccessDeniedDetector.RuleId);

        Assert.Equal(rule.Match.Matches(Record(code)), AccessDeniedDetector.IsAuthorizationFailure(code));
    }

    [Fact]
    public void Evaluate_IamUserDenied_MatchesThePackRule()
    {
        var match = Assert.Single(new AccessDeniedDetector().Evaluate(Record("AccessDenied")));

        Assert.Equal(AccessDeniedDetector.RuleId, match.RuleId);
        Assert.Equal(Severity.Medium, match.Severity);
        Assert.Equal(AccessDeniedDetector.Category, match.Category);
    }

    [Theory]
    [InlineData("""{"type":"AWSService","invokedBy":"config.amazonaws.com"}""", "config.amazonaws.com")]
    [InlineData("""{"type":"AssumedRole","arn":"arn:aws:sts::111122223333:assumed-role/r/s","invokedBy":"AWS Internal"}""", "198.51.100.7")]
    [InlineData("""{"type":"IAMUser","arn":"arn:aws:iam::111122223333:user/alice"}""", "AWS Internal")]
    [InlineData("""{"type":"AssumedRole","arn":"arn:aws-cn:sts::111122223333:assumed-role/r/s"}""", "ec2.amazonaws.com.cn")]
    public void Evaluate_DenialOfAnAwsServiceOrInternalCall_IsExcepted(string identity, string sourceIp)
    {
        Assert.Empty(new AccessDeniedDetector().Evaluate(Record("AccessDenied", identity, sourceIp)));
    }
}
