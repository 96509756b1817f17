using ActivityAware.Core.CloudTrail;
using ActivityAware.Core.Rules;

namespace ActivityAware.Core.Pipeline;

/// <summary>
/// Builds the alert for an event that matched rules: the most severe match leads (title, key, window); every match is kept.
/// The key is the lead rule's own (from its dedupe fields) or, without one, rule|principal|action|error.
/// </summary>
public static class AlertCandidateFactory
{
    public static AlertCandidate Create(NormalizedEvent normalized, IReadOnlyList<RuleMatch> matches)
    {
        if (matches.Count == 0) throw new ArgumentException("an alert needs at least one rule match", nameof(matches));

        var lead = matches[0];
        foreach (var match in matches)
            if (match.Severity > lead.Severity) lead = match;

        // An Identity Center user has neither ARN nor principal id; its user id is stable where the display name (a sign-in name, when the event has one) is not.
        var principal = normalized.Identity.Arn ?? normalized.Identity.PrincipalId ?? normalized.Identity.OnBehalfOf ?? normalized.Identity.DisplayName;
        var action = $"{normalized.EventSource}:{normalized.EventName}";
        var title = $"{lead.Title}: {normalized.EventName} by {normalized.Identity.DisplayName}";
        var key = lead.DedupeKey ?? AlertKey.For(lead.RuleId, principal, action, normalized.ErrorCode);
        return new AlertCandidate(normalized, matches, lead.Severity, title, key) { DedupeWindowSeconds = lead.DedupeWindowSeconds };
    }
}
