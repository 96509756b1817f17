namespace ActivityAware.Local.Asl.Choice;

/// <summary>A Boolean expression of a Choice state: a comparison, or And / Or / Not of nested rules.</summary>
public abstract class ChoiceRule
{
    /// <summary>True when the rule matches; a Variable that selects nothing throws States.Runtime (except for IsPresent).</summary>
    public abstract bool Evaluate(EvaluationScope scope);
}

internal sealed class AndRule(IReadOnlyList<ChoiceRule> rules) : ChoiceRule
{
    public override bool Evaluate(EvaluationScope scope) => rules.All(r => r.Evaluate(scope));
}

internal sealed class OrRule(IReadOnlyList<ChoiceRule> rules) : ChoiceRule
{
    public override bool Evaluate(EvaluationScope scope) => rules.Any(r => r.Evaluate(scope));
}

internal sealed class NotRule(ChoiceRule rule) : ChoiceRule
{
    public override bool Evaluate(EvaluationScope scope) => !rule.Evaluate(scope);
}
