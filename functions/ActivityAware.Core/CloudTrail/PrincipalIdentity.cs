namespace ActivityAware.Core.CloudTrail;

/// <summary>Who made the call, parsed from <c>userIdentity</c> for every identity type. Every field but the type may be missing.</summary>
public sealed record PrincipalIdentity
{
    public PrincipalType Type { get; init; }
    /// <summary>The <c>userIdentity.type</c> exactly as recorded (kept when <see cref="Type"/> is Unknown).</summary>
    public string? RawType { get; init; }
    public string? Arn { get; init; }
    public string? AccountId { get; init; }
    public string? PrincipalId { get; init; }
    public string? AccessKeyId { get; init; }
    public string? UserName { get; init; }
    public string? RoleName { get; init; }
    public string? SessionName { get; init; }
    public string? SessionIssuerArn { get; init; }
    public string? SessionIssuerType { get; init; }
    public string? SessionIssuerAccountId { get; init; }
    public string? InvokedBy { get; init; }
    public string? IdentityProvider { get; init; }
    public string? SourceIdentity { get; init; }
    /// <summary>
    /// The person a session acts for (<c>onBehalfOf</c>): the Identity Center user id, or the subject of a trusted identity propagation
    /// session (a role session that carries the workforce user).
    /// </summary>
    public string? OnBehalfOf { get; init; }
    /// <summary>A root session that a management account opened with <c>sts:AssumeRoot</c> (<c>sessionContext.assumedRoot</c>), not a root sign-in.</summary>
    public bool? AssumedRoot { get; init; }
    public bool? MfaAuthenticated { get; init; }
    public DateTimeOffset? SessionCreationDate { get; init; }
    /// <summary>A short name a person recognises, e.g. <c>alice</c>, <c>role/Deployer (session ci-42)</c>, <c>root</c>, <c>ec2.amazonaws.com</c>.</summary>
    public required string DisplayName { get; init; }
}
