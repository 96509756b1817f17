namespace ActivityAware.Core.Rules;

/// <summary>The closed list of rule categories; routing and summaries group by these.</summary>
public static class RuleCategories
{
    public static readonly IReadOnlyList<string> All =
    [
        "access-denied", "enumeration", "root-activity", "console-login-without-mfa", "console-login-failure",
        "logging-tampering", "detector-tampering", "iam-policy-change", "iam-credential-change", "kms-key-deletion",
        "s3-policy-change", "config-change", "security-group-change", "nacl-change", "network-gateway-change",
        "route-table-change", "vpc-change", "organizations-change", "public-exposure", "data-exfiltration", "persistence",
        "other",
    ];

    public static bool IsKnown(string category) => All.Contains(category, StringComparer.Ordinal);
}
