namespace ActivityAware.Core.Rules.Patterns;

/// <summary><c>{"numeric": ["&gt;", 0, "&lt;=", 5]}</c>: JSON number leaves only; the string "3" is not a number.</summary>
internal sealed class NumericMatcher(NumericComparison[] comparisons, string description) : ValueMatcher
{
    public override bool MatchesNumber(double value)
    {
        foreach (var comparison in comparisons)
        {
            if (!comparison.Holds(value)) return false;
        }
        return true;
    }

    public override string Describe() => $"numeric {description}";
}
