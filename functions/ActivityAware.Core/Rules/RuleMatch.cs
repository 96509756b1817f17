namespace ActivityAware.Core.Rules;

/// <summary>Why an event became an alert: the rule that matched and, in words, what in the event made it match.</summary>
public sealed record RuleMatch(string RuleId, string Title, Severity Severity, string Category, string Reason);
