using System.Text.Json;
using ActivityAware.Core.Rules;

namespace ActivityAware.Core.Tests.Rules;

/// <summary>
/// The CIS rules against the metric filters the Security Hub user guide prescribes for controls CloudWatch.1–14
/// (awsdocs/aws-security-hub-user-guide, doc_source/cloudwatch-controls.md). Security Hub fails a control whose filter differs,
/// so each rule must match exactly the events its filter matches.
/// </summary>
public sealed class CisMetricFilterTests
{
    private static readonly RulePack Pack = RulePack.LoadDefault();

    // Controls whose filter is "eventSource = X (optional) and eventName is one of …".
    public static TheoryData<int, string?, string[]> EventNameFilters => new()
    {
        { 4, null, ["DeleteGroupPolicy", "DeleteRolePolicy", "DeleteUserPolicy", "PutGroupPolicy", "PutRolePolicy", "PutUserPolicy", "CreatePolicy",
            "DeletePolicy", "CreatePolicyVersion", "DeletePolicyVersion", "AttachRolePolicy", "DetachRolePolicy", "AttachUserPolicy", "DetachUserPolicy",
            "AttachGroupPolicy", "DetachGroupPolicy"] },
        { 5, null, ["CreateTrail", "UpdateTrail", "DeleteTrail", "StartLogging", "StopLogging"] },
        { 7, "kms.amazonaws.com", ["DisableKey", "ScheduleKeyDeletion"] },
        { 8, "s3.amazonaws.com", ["PutBucketAcl", "PutBucketPolicy", "PutBucketCors", "PutBucketLifecycle", "PutBucketReplication", "DeleteBucketPolicy",
            "DeleteBucketCors", "DeleteBucketLifecycle", "DeleteBucketReplication"] },
        { 9, "config.amazonaws.com", ["StopConfigurationRecorder", "DeleteDeliveryChannel", "PutDeliveryChannel", "PutConfigurationRecorder"] },
        { 10, null, ["AuthorizeSecurityGroupIngress", "AuthorizeSecurityGroupEgress", "RevokeSecurityGroupIngress", "RevokeSecurityGroupEgress",
            "CreateSecurityGroup", "DeleteSecurityGroup"] },
        { 11, null, ["CreateNetworkAcl", "CreateNetworkAclEntry", "DeleteNetworkAcl", "DeleteNetworkAclEntry", "ReplaceNetworkAclEntry",
            "ReplaceNetworkAclAssociation"] },
        { 12, null, ["CreateCustomerGateway", "DeleteCustomerGateway", "AttachInternetGateway", "CreateInternetGateway", "DeleteInternetGateway",
            "DetachInternetGateway"] },
        { 13, null, ["CreateRoute", "CreateRouteTable", "ReplaceRoute", "ReplaceRouteTableAssociation", "DeleteRouteTable", "DeleteRoute",
            "DisassociateRouteTable"] },
        { 14, null, ["CreateVpc", "DeleteVpc", "ModifyVpcAttribute", "AcceptVpcPeeringConnection", "CreateVpcPeeringConnection",
            "DeleteVpcPeeringConnection", "RejectVpcPeeringConnection", "AttachClassicLinkVpc", "DetachClassicLinkVpc", "DisableVpcClassicLink",
            "EnableVpcClassicLink"] },
    };

    private static Rule Control(int number) =>
        Assert.Single(Pack.Rules, r => r.Description.Contains($"(Security Hub CloudWatch.{number})", StringComparison.Ordinal));

    private static bool Matches(Rule rule, string json)
    {
        using var document = JsonDocument.Parse(json);
        return rule.Match.Matches(document.RootElement) && !rule.Exceptions.Any(e => e.Matches(document.RootElement));
    }

    private static string Call(string eventSource, string eventName, string identityType = "IAMUser", string extra = "") => $$"""
        {"eventVersion":"1.10","userIdentity":{"type":"{{identityType}}","arn":"arn:aws:iam::111122223333:user/alice","accountId":"111122223333"},
         "eventSource":"{{eventSource}}","eventName":"{{eventName}}","eventType":"AwsApiCall","sourceIPAddress":"198.51.100.7"{{extra}}}
        """;

    [Theory]
    [MemberData(nameof(EventNameFilters))]
    public void EventNameControl_Rule_MatchesExactlyTheFilteredNamesFromAnySourceTheFilterAllows(int control, string? eventSource, string[] eventNames)
    {
        var rule = Control(control);

        Assert.Equal(eventNames.Order(), rule.Match.Conditions.Single(c => c.Path == "eventName").ExactStrings.Order());
        Assert.Equal(eventSource is null ? ["eventName"] : ["eventName", "eventSource"], rule.Match.ReferencedPaths().Order());
        Assert.Empty(rule.Exceptions);
        // A filter without eventSource matches the name from any service (CloudWatch.4 notes Auto Scaling's DeletePolicy).
        Assert.All(eventNames, name => Assert.True(Matches(rule, Call(eventSource ?? "autoscaling.amazonaws.com", name))));
        Assert.False(Matches(rule, Call(eventSource ?? "ec2.amazonaws.com", "Describe" + eventNames[0])));
        if (eventSource is not null) Assert.False(Matches(rule, Call("example.amazonaws.com", eventNames[0])));
    }

    [Theory]
    [InlineData("Root", "", "AwsApiCall", true)]
    [InlineData("Root", "", "AwsConsoleSignIn", true)]
    [InlineData("Root", ""","invokedBy":"support.amazonaws.com" """, "AwsApiCall", false)]
    [InlineData("Root", "", "AwsServiceEvent", false)]
    [InlineData("IAMUser", "", "AwsApiCall", false)]
    public void CloudWatch1_RootUsage_IsRootWithoutInvokedByAndNotAServiceEvent(string type, string identityExtra, string eventType, bool expected)
    {
        var json = $$"""
            {"userIdentity":{"type":"{{type}}","arn":"arn:aws:iam::111122223333:root","accountId":"111122223333"{{identityExtra}}},
             "eventSource":"s3.amazonaws.com","eventName":"CreateBucket","eventType":"{{eventType}}"}
            """;

        Assert.Equal(expected, Matches(Control(1), json));
    }

    [Theory]
    [InlineData("AccessDenied", true)]
    [InlineData("AccessDeniedException", true)]
    [InlineData("Client.UnauthorizedOperation", true)]
    [InlineData("UnauthorizedOperation", true)]
    [InlineData("UnauthorizedException", false)]
    [InlineData("NoSuchKey", false)]
    public void CloudWatch2_UnauthorizedApiCalls_IsUnauthorizedOperationSuffixOrAccessDeniedPrefix(string errorCode, bool expected)
    {
        var rule = Control(2);

        Assert.Equal(expected, Matches(rule, Call("ec2.amazonaws.com", "RunInstances", extra: $$""","errorCode":"{{errorCode}}" """)));
        // The filter names no caller: AWS services' denials count too.
        Assert.Equal(expected, Matches(rule, Call("ec2.amazonaws.com", "RunInstances", "AWSService", $$""","errorCode":"{{errorCode}}" """)));
    }

    [Theory]
    [InlineData("IAMUser", "No", "Success", true)]
    [InlineData("IAMUser", null, "Success", true)]
    [InlineData("IAMUser", "Yes", "Success", false)]
    [InlineData("IAMUser", "No", "Failure", false)]
    [InlineData("Root", "No", "Success", false)]
    [InlineData("AssumedRole", "No", "Success", false)]
    public void CloudWatch3_SignInWithoutMfa_IsASuccessfulIamUserSignInWithoutMfaUsedYes(string type, string? mfaUsed, string outcome, bool expected)
    {
        var mfa = mfaUsed is null ? "" : $$""","MFAUsed":"{{mfaUsed}}" """;
        var json = $$$"""
            {"userIdentity":{"type":"{{{type}}}","arn":"arn:aws:iam::111122223333:user/carol","accountId":"111122223333"},
             "eventSource":"signin.amazonaws.com","eventName":"ConsoleLogin","eventType":"AwsConsoleSignIn",
             "responseElements":{"ConsoleLogin":"{{{outcome}}}"},"additionalEventData":{"MobileVersion":"No"{{{mfa}}}}}
            """;

        Assert.Equal(expected, Matches(Control(3), json));
    }

    [Fact]
    public void CloudWatch6_AuthenticationFailures_MatchesEveryEventTheFilterMatches()
    {
        var rule = Control(6);

        // The filter: eventName = ConsoleLogin and errorMessage = "Failed authentication", whatever else the record says.
        Assert.True(Matches(rule, """{"eventSource":"signin.amazonaws.com","eventName":"ConsoleLogin","errorMessage":"Failed authentication"}"""));
        Assert.True(Matches(rule, """{"eventSource":"signin.amazonaws.com","eventName":"ConsoleLogin","userIdentity":{"type":"Root"},"errorMessage":"Failed authentication","responseElements":{"ConsoleLogin":"Failure"}}"""));
        Assert.False(Matches(rule, """{"eventSource":"signin.amazonaws.com","eventName":"CheckMfa","errorMessage":"Failed authentication"}"""));
        Assert.False(Matches(rule, """{"eventSource":"signin.amazonaws.com","eventName":"ConsoleLogin","responseElements":{"ConsoleLogin":"Success"}}"""));
    }
}
