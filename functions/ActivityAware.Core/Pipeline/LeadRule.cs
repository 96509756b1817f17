using ActivityAware.Core.Rules;

namespace ActivityAware.Core.Pipeline;

/// <summary>The match that leads an alert: the first of the highest severity, the same one <see cref="AlertCandidateFactory"/> took the title and key from.</summary>
public static class LeadRule
{
    public static RuleMatch Of(AlertCandidate alert) =>
        alert.Matches.Count == 0
            ? throw new ArgumentException($"alert {alert.AlertKey} carries no rule match; a step input was altered or truncated", nameof(alert))
            : alert.Matches.Aggregate((lead, match) => match.Severity > lead.Severity ? match : lead);

    /// <summary>For log lines: the lead rule id, or null when there is no alert or no match.</summary>
    public static string? IdOf(AlertCandidate? alert) => alert is { Matches.Count: > 0 } ? Of(alert).RuleId : null;
}
