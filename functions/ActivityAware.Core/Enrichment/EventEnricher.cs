using ActivityAware.Core.Detection;
using ActivityAware.Core.Pipeline;

namespace ActivityAware.Core.Enrichment;

/// <summary>"Enrich principal" from the event alone (no IAM calls): principal ARN and, for denials, the reason and a suggested statement.</summary>
public sealed class EventEnricher
{
    public const string Source = "event-only";

    public PrincipalEnrichment Enrich(AlertCandidate alert)
    {
        var normalized = alert.Event;
        // For an assumed role the role (session issuer) is what policies attach to, so it is the ARN a person needs.
        var principalArn = normalized.Identity.SessionIssuerArn ?? normalized.Identity.Arn;
        var accountId = normalized.Identity.AccountId ?? normalized.RecipientAccountId;
        if (normalized.ErrorCode is not { } code || !AccessDeniedDetector.IsAuthorizationFailure(code))
            return new PrincipalEnrichment { AccountId = accountId, PrincipalArn = principalArn, Source = Source };

        var reason = DenialReasonClassifier.Classify(normalized.ErrorMessage);
        var suggestion = PolicyStatementSuggester.Suggest(normalized);
        return new PrincipalEnrichment
        {
            AccountId = accountId,
            PrincipalArn = principalArn,
            DenialReason = reason.Code,
            DenialExplanation = suggestion.Note is null ? reason.Explanation : $"{reason.Explanation} {suggestion.Note}",
            SuggestedPolicyStatement = suggestion.StatementJson,
            Source = Source,
        };
    }
}
