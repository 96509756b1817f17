using ActivityAware.Core.Rules.Patterns;

namespace ActivityAware.Core.Rules;

/// <summary>An example CloudTrail record embedded in a rule file that the rule must (or must not) match.</summary>
public sealed record RuleExample(bool ShouldMatch, string RecordJson, SourcePosition Position);
