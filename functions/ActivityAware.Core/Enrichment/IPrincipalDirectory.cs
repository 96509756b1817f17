namespace ActivityAware.Core.Enrichment;

/// <summary>
/// Reads IAM for "Enrich principal". Implementations throw <see cref="PrincipalDirectoryUnavailableException"/> when IAM cannot answer
/// (throttling, permissions, network); a principal that does not exist (deleted since the call) is null, not an error.
/// </summary>
public interface IPrincipalDirectory
{
    Task<PrincipalDetails?> FindAsync(PrincipalReference principal, CancellationToken cancellationToken = default);

    Task<string?> AccountAliasAsync(CancellationToken cancellationToken = default);
}
