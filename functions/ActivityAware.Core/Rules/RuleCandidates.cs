namespace ActivityAware.Core.Rules;

/// <summary>The rules a record must be tested against, in four disjoint groups.</summary>
internal readonly record struct RuleCandidates(Rule[] ByName, Rule[] BySource, Rule[] NeedingErrorCode, Rule[] Always);
