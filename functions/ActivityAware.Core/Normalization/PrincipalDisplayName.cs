using ActivityAware.Core.CloudTrail;

namespace ActivityAware.Core.Normalization;

/// <summary>The short name a person recognises in an alert title.</summary>
internal static class PrincipalDisplayName
{
    private const string SsoRolePrefix = "AWSReservedSSO_";

    /// <summary>What CloudTrail writes as <c>userName</c> of a console sign-in failure whose user name was mistyped (it could hold a password).</summary>
    public const string HiddenUserName = "HIDDEN_DUE_TO_SECURITY_REASONS";

    public static string For(PrincipalIdentity identity) => identity.Type switch
    {
        PrincipalType.Root => (identity.AccountId, identity.AssumedRoot) switch
        {
            ({ } account, true) => $"root (account {account}, AssumeRoot session)",
            ({ } account, _) => $"root (account {account})",
            (null, true) => "root (AssumeRoot session)",
            _ => "root",
        },
        PrincipalType.IAMUser => identity.UserName == HiddenUserName
            ? "unknown user name (hidden by AWS)"
            : identity.UserName ?? ArnParts.LastSegment(identity.Arn) ?? identity.PrincipalId ?? "IAM user",
        PrincipalType.AssumedRole => AssumedRole(identity),
        PrincipalType.Role => $"role/{identity.RoleName ?? identity.PrincipalId ?? "?"}",
        PrincipalType.FederatedUser => $"federated-user/{identity.SessionName ?? identity.PrincipalId ?? "?"}",
        PrincipalType.AWSService => identity.InvokedBy ?? "AWS service",
        // S3 records unsigned requests as AWSAccount with accountId "anonymous".
        PrincipalType.AWSAccount when identity.AccountId == "anonymous" => "anonymous (unsigned request)",
        PrincipalType.AWSAccount => identity.AccountId is { } account ? $"account {account}" : identity.PrincipalId ?? "AWS account",
        PrincipalType.IdentityCenterUser => $"Identity Center user {identity.UserName ?? "?"}",
        PrincipalType.WebIdentityUser => WithProvider(identity.UserName ?? identity.PrincipalId, identity.IdentityProvider, "web identity"),
        PrincipalType.SAMLUser => WithProvider(identity.UserName ?? identity.PrincipalId, identity.IdentityProvider, "SAML user"),
        PrincipalType.Directory => $"directory user {identity.UserName ?? identity.PrincipalId ?? "?"}",
        _ => identity.UserName ?? identity.Arn ?? identity.PrincipalId ?? identity.InvokedBy ?? $"unknown principal ({identity.RawType ?? "no type"})",
    };

    private static string AssumedRole(PrincipalIdentity identity)
    {
        var role = identity.RoleName ?? "role";
        if (role.StartsWith(SsoRolePrefix, StringComparison.Ordinal))
        {
            // AWSReservedSSO_<PermissionSet>_<hash>: people know the permission set and the user, not the generated role.
            var permissionSet = role[SsoRolePrefix.Length..];
            var cut = permissionSet.LastIndexOf('_');
            if (cut > 0) permissionSet = permissionSet[..cut];
            return $"{identity.SessionName ?? "?"} (SSO {permissionSet})";
        }
        return identity.SessionName is { } session ? $"{role}/{session}" : role;
    }

    private static string WithProvider(string? user, string? provider, string kind) =>
        (user, provider) switch
        {
            ({ } u, { } p) => $"{u} via {ArnParts.LastSegment(p) ?? p}",
            ({ } u, null) => u,
            (null, { } p) => $"{kind} via {ArnParts.LastSegment(p) ?? p}",
            _ => kind,
        };
}
