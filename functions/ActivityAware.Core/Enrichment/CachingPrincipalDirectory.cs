namespace ActivityAware.Core.Enrichment;

/// <summary>
/// Remembers IAM's answers for a while in one process (a warm Lambda container): a burst of alerts about one principal costs one IAM read,
/// not one per alert, and stays far from IAM's request quota. Bounded: when full, everything is forgotten at once (simple, and rare).
/// </summary>
public sealed class CachingPrincipalDirectory(IPrincipalDirectory inner, TimeSpan lifetime, TimeProvider clock, int capacity = 1000) : IPrincipalDirectory
{
    private readonly Dictionary<string, (PrincipalDetails? Details, DateTimeOffset Until)> _principals = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private (string? Alias, DateTimeOffset Until)? _alias;

    public async Task<PrincipalDetails?> FindAsync(PrincipalReference principal, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        lock (_lock)
            if (_principals.TryGetValue(principal.Arn, out var cached) && cached.Until > now) return cached.Details;
        var details = await inner.FindAsync(principal, cancellationToken);
        lock (_lock)
        {
            if (_principals.Count >= capacity) _principals.Clear();
            _principals[principal.Arn] = (details, now + lifetime);
        }
        return details;
    }

    public async Task<string?> AccountAliasAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        lock (_lock)
            if (_alias is { } cached && cached.Until > now) return cached.Alias;
        var alias = await inner.AccountAliasAsync(cancellationToken);
        lock (_lock) _alias = (alias, now + lifetime);
        return alias;
    }
}
