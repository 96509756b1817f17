namespace ActivityAware.Core.Pipeline;

/// <summary>What "Enrich principal" learned: who the principal is, the account alias, and for denials the likely reason and a policy statement that would allow the call.</summary>
public sealed record PrincipalEnrichment
{
    public string? AccountAlias { get; init; }
    /// <summary>The account the call was made in (the principal's account, else the recipient account).</summary>
    public string? AccountId { get; init; }
    public string? PrincipalArn { get; init; }
    public IReadOnlyDictionary<string, string> PrincipalTags { get; init; } = new Dictionary<string, string>();
    /// <summary>The policy that caps the user's or role's permissions, when IAM says it has one.</summary>
    public string? PermissionsBoundaryArn { get; init; }
    /// <summary>One of: no-identity-policy, explicit-deny-identity, explicit-deny-resource, no-resource-policy, scp, rcp, permissions-boundary, session-policy, vpc-endpoint-policy, role-trust-policy, explicit-deny (the message names no policy type), encoded-message, unknown; null when the event is not a denial.</summary>
    public string? DenialReason { get; init; }
    public string? DenialExplanation { get; init; }
    /// <summary>A suggested IAM policy statement (JSON text) granting the denied action on the resource.</summary>
    public string? SuggestedPolicyStatement { get; init; }
    /// <summary>Where the enrichment came from: event-only, or iam when IAM was read too.</summary>
    public required string Source { get; init; }
}
