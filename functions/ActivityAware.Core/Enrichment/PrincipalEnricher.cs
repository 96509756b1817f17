using ActivityAware.Core.Pipeline;

namespace ActivityAware.Core.Enrichment;

/// <summary>
/// "Enrich principal": what the event says (<see cref="EventEnricher"/>), plus, for a user or role of this account, its tags, its
/// permissions boundary and the account alias from IAM. Another account's IAM cannot be read from here, and IAM being unavailable only
/// costs the extra facts: the alert still goes out, saying where its enrichment came from.
/// </summary>
public sealed class PrincipalEnricher(EventEnricher events, IPrincipalDirectory? directory, string? ownAccountId, Action<PrincipalDirectoryUnavailableException>? unavailable = null)
{
    public const string IamSource = "iam";

    /// <summary>Enriches from the event alone (the local runner's default: it reads no account's IAM).</summary>
    public static PrincipalEnricher EventOnly() => new(new EventEnricher(), null, null);

    public async Task<PrincipalEnrichment> EnrichAsync(AlertCandidate alert, CancellationToken cancellationToken = default)
    {
        var basic = events.Enrich(alert);
        if (directory is null || PrincipalReference.Of(alert.Event.Identity) is not { } principal || principal.AccountId != ownAccountId)
            return basic;
        try
        {
            var details = await directory.FindAsync(principal, cancellationToken);
            var alias = await directory.AccountAliasAsync(cancellationToken);
            return basic with
            {
                Source = IamSource,
                AccountAlias = alias,
                PrincipalArn = principal.Arn,
                PrincipalTags = details?.Tags ?? basic.PrincipalTags,
                PermissionsBoundaryArn = details?.PermissionsBoundaryArn,
                DenialExplanation = BoundaryHint(basic, details),
            };
        }
        catch (PrincipalDirectoryUnavailableException e)
        {
            unavailable?.Invoke(e);
            return basic;
        }
    }

    /// <summary>A denial whose message names no policy type may come from the boundary: say so, since that is where people forget to look.</summary>
    private static string? BoundaryHint(PrincipalEnrichment basic, PrincipalDetails? details) =>
        basic.DenialReason is "unknown" or "no-identity-policy" && details?.PermissionsBoundaryArn is { } boundary
            ? $"{basic.DenialExplanation} The principal has the permissions boundary {boundary}; an allow must be in both it and an identity policy."
            : basic.DenialExplanation;
}
