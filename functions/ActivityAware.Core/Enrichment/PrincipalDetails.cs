namespace ActivityAware.Core.Enrichment;

/// <summary>What IAM says about a user or role: its tags (owner, team…) and the permissions boundary that caps what it may do.</summary>
public sealed record PrincipalDetails(IReadOnlyDictionary<string, string> Tags, string? PermissionsBoundaryArn);
