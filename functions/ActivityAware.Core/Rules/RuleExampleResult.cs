namespace ActivityAware.Core.Rules;

/// <summary>The outcome of one embedded example: whether the rule matched it as the file says it should.</summary>
public sealed record RuleExampleResult(Rule Rule, RuleExample Example, bool Matched, string? Problem)
{
    public bool Passed => Problem is null && Matched == Example.ShouldMatch;
}
