using System.Text.RegularExpressions;

namespace ActivityAware.Core.Enrichment;

/// <summary>
/// Reads the reason from the clause AWS puts at the end of an authorization error (IAM User Guide, "Troubleshooting access denied error
/// messages"): <c>with an explicit deny in a &lt;type&gt; policy</c> for an explicit deny, <c>because no &lt;type&gt; policy allows the
/// &lt;action&gt; action</c> for an implicit one, and <c>… transitively through a service control policy</c> when another policy is the
/// real cause. Only these clauses count, and the last one wins, so a phrase inside the message's resource ARN (an S3 key may hold
/// spaces) cannot pose as the reason. EC2's encoded message and the network activity event's VPC endpoint message are recognised too;
/// anything else is <c>unknown</c>.
/// </summary>
public static partial class DenialReasonClassifier
{
    public const string EncodedMessage = "encoded-message";
    public const string ExplicitDeny = "explicit-deny";

    private const string NoOverride = " An Allow in an identity-based policy cannot override it; the suggested statement helps only once the deny is lifted.";

    public static DenialReason Classify(string? errorMessage)
    {
        if (string.IsNullOrEmpty(errorMessage)) return Unknown;

        // The last clause only: AWS appends "… transitively through a service control policy" after the clause it qualifies, so
        // it is the last one, and a transitive phrase anywhere earlier is inside the resource or the principal, not AWS's reason.
        Match? last = null;
        foreach (Match clause in ReasonClause().Matches(errorMessage)) last = clause;
        if (last is { } reason)
        {
            if (reason.Groups["untyped"].Success) return UntypedExplicitDeny;
            var explicitDeny = !reason.Groups["implicit"].Success;
            var type = (reason.Groups["transitive"].Success ? reason.Groups["transitive"] : explicitDeny ? reason.Groups["explicit"] : reason.Groups["implicit"]).Value;
            var policy = reason.Groups["policy"].Success ? $" The denying policy is {reason.Groups["policy"].Value.TrimEnd('.', ',')}." : "";
            return ForPolicyType(type.ToLowerInvariant(), explicitDeny) is { } known ? known with { Explanation = known.Explanation + policy } : Unknown;
        }

        if (errorMessage.Contains("denied due to a VPC endpoint policy", StringComparison.OrdinalIgnoreCase))
            return ForPolicyType("vpc endpoint policy", explicitDeny: false)!;
        if (errorMessage.Contains("perform: sts:AssumeRole", StringComparison.OrdinalIgnoreCase))
            return Unknown with
            {
                Explanation = "Either the role's trust policy does not trust this principal, or the principal's policies do not allow "
                    + "sts:AssumeRole on the role; AWS does not say which. Check the trust policy first when the role is in another account.",
            };
        if (errorMessage.Contains("Encoded authorization failure message", StringComparison.OrdinalIgnoreCase))
            return new DenialReason(EncodedMessage,
                "EC2 encoded the reason: decode it with 'aws sts decode-authorization-message --encoded-message <message>' (needs sts:DecodeAuthorizationMessage).");
        return Unknown;
    }

    private static DenialReason Unknown { get; } = new(DenialReason.Unknown, "The error message does not say which policy denied the call.");

    /// <summary>The wording from before AWS named the policy type (2021), which some services still use.</summary>
    private static DenialReason UntypedExplicitDeny { get; } = new(ExplicitDeny,
        "A Deny statement in some policy (identity-based, resource-based, permissions boundary, session, SCP or RCP) matches this call; AWS does not say which."
        + NoOverride);

    private static DenialReason? ForPolicyType(string type, bool explicitDeny) => type switch
    {
        "identity-based policy" => explicitDeny
            ? new("explicit-deny-identity", "A policy attached to the principal explicitly denies this action." + NoOverride)
            : new("no-identity-policy", "No policy attached to the principal allows this action."),
        "resource-based policy" => explicitDeny
            ? new("explicit-deny-resource", "The resource's own policy explicitly denies this principal." + NoOverride)
            : new("no-resource-policy", "The resource's policy does not grant access to this principal (needed across accounts)."),
        // AWS words every SCP denial as explicit, even when no SCP allows the action.
        "service control policy" => new("scp", "A service control policy of the organization denies this action for the account (a Deny, or no SCP allows it)." + NoOverride),
        "resource control policy" => new("rcp", "A resource control policy of the organization denies this action on the resource." + NoOverride),
        "permissions boundary" or "permissions boundary policy" => explicitDeny
            ? new("permissions-boundary", "The principal's permissions boundary explicitly denies this action." + NoOverride)
            : new("permissions-boundary", "The principal's permissions boundary does not allow this action; the allow must be in both the boundary and an identity policy."),
        "session policy" or "sessions policy" => explicitDeny
            ? new("session-policy", "The session policy passed when the role was assumed explicitly denies this action." + NoOverride)
            : new("session-policy", "The session policy passed when the role was assumed does not allow this action."),
        "vpc endpoint policy" => explicitDeny
            ? new("vpc-endpoint-policy", "The policy of the VPC endpoint the call went through explicitly denies it." + NoOverride)
            : new("vpc-endpoint-policy", "The policy of the VPC endpoint the call went through does not allow it."),
        "role trust policy" => new("role-trust-policy", "The role's trust policy does not let this principal assume it."),
        _ => null,
    };

    // The policy types AWS names; "sessions policy" and "because the role trust policy allows" are spelled as AWS documents them.
    private const string PolicyType =
        "identity-based policy|resource-based policy|service control policy|resource control policy|permissions boundary(?: policy)?|sessions? policy|VPC endpoint policy|role trust policy";

    [GeneratedRegex(
        // "due to an explicit deny in a Service Control Policy" is how the IAM User Guide long worded SCP denials.
        @"(?:with|due to) an explicit deny in (?:a|an|the) (?<explicit>" + PolicyType + @")(?:: ?(?<policy>arn:aws[a-z-]*:[A-Za-z0-9_+=,.@\-/:]{1,1024}))?"
        + @"|because (?:no|the) (?<implicit>" + PolicyType + @") allows"
        + @"|transitively through an? (?<transitive>" + PolicyType + ")"
        // Bare "with an explicit deny" ends the message (or its sentence): followed by text, it is not AWS's clause.
        + @"|(?<untyped>with an explicit deny)(?=\.?\s*$|\.\s)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReasonClause();
}
