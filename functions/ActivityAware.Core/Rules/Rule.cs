using ActivityAware.Core.Rules.Patterns;

namespace ActivityAware.Core.Rules;

/// <summary>One detection rule, parsed and compiled from its file.</summary>
public sealed record Rule(
    string Id,
    string Title,
    Severity Severity,
    string Category,
    string Description,
    string Runbook,
    EventPattern Match,
    IReadOnlyList<EventPattern> Exceptions,
    RuleDedupe? Dedupe,
    RuleThreshold? Threshold,
    IReadOnlyList<string> Tags,
    IReadOnlyList<RuleExample> Examples,
    string SourceFile);
