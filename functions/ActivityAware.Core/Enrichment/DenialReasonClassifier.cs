namespace ActivityAware.Core.Enrichment;

/// <summary>
/// Reads the reason from the sentence AWS puts at the end of an authorization error ("… because no identity-based policy allows the s3:GetObject action",
/// "… with an explicit deny in a service control policy"). The most specific policy type is checked first; anything else is <c>unknown</c>.
/// </summary>
public static class DenialReasonClassifier
{
    private static readonly (string Phrase, string Code, string Explanation)[] Phrases =
    [
        ("service control policy", "scp", "A service control policy of the organization denies this action for the account."),
        ("resource control policy", "rcp", "A resource control policy of the organization denies this action on the resource."),
        ("permissions boundary", "permissions-boundary", "The principal's permissions boundary does not allow this action."),
        ("session policy", "session-policy", "The session policy passed when the role was assumed does not allow this action."),
        ("explicit deny in a resource-based policy", "explicit-deny-resource", "The resource's own policy explicitly denies this principal."),
        ("explicit deny in an identity-based policy", "explicit-deny-identity", "A policy attached to the principal explicitly denies this action."),
        ("no resource-based policy allows", "no-resource-policy", "The resource's policy does not grant access to this principal (needed across accounts)."),
        ("no identity-based policy allows", "no-identity-policy", "No policy attached to the principal allows this action."),
    ];

    public static DenialReason Classify(string? errorMessage)
    {
        if (!string.IsNullOrEmpty(errorMessage))
        {
            foreach (var (phrase, code, explanation) in Phrases)
                if (errorMessage.Contains(phrase, StringComparison.OrdinalIgnoreCase))
                    return new DenialReason(code, explanation);
        }
        return new DenialReason(DenialReason.Unknown, "The error message does not say which policy denied the call.");
    }
}
