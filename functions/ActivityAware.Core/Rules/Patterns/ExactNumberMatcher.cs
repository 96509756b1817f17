namespace ActivityAware.Core.Rules.Patterns;

/// <summary><c>300</c>: a number leaf with the same numeric value (300 matches 300.0); never the string "300".</summary>
internal sealed class ExactNumberMatcher(double expected, string text) : ValueMatcher
{
    public override bool MatchesNumber(double value) => value == expected;

    public override string Describe() => text;
}
