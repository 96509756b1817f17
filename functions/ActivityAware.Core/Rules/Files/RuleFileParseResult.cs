using ActivityAware.Core.Rules.Patterns;

namespace ActivityAware.Core.Rules.Files;

/// <summary>What one rule file holds: at most one rule, the ids it disables, and every problem found.</summary>
public sealed record RuleFileParseResult(
    Rule? Rule,
    IReadOnlyList<(string Id, SourcePosition Position)> Disabled,
    IReadOnlyList<RuleFileError> Errors,
    SourcePosition IdPosition);
