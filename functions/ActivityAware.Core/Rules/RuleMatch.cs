namespace ActivityAware.Core.Rules;

/// <summary>Why an event became an alert: the rule that matched and, in words, what in the event made it match.</summary>
public sealed record RuleMatch(string RuleId, string Title, Severity Severity, string Category, string Reason)
{
    /// <summary>The alert key from the rule's <c>dedupe.fields</c>, when the rule has them; otherwise the default key applies.</summary>
    public string? DedupeKey { get; init; }

    /// <summary>The rule's <c>dedupe.window</c> in seconds, when it sets one; otherwise the deployment's window applies.</summary>
    public int? DedupeWindowSeconds { get; init; }

    /// <summary>Set when the rule is a burst rule: this match counts toward its threshold and alerts only once "Check duplicate" finds it reached.</summary>
    public BurstObservation? Burst { get; init; }
}
