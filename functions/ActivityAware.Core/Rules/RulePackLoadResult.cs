namespace ActivityAware.Core.Rules;

/// <summary>The pack built from what was valid, and every error found (empty when all files were valid).</summary>
public sealed record RulePackLoadResult(RulePack Pack, IReadOnlyList<RuleFileError> Errors);
