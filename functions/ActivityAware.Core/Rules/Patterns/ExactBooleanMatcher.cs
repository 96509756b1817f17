namespace ActivityAware.Core.Rules.Patterns;

/// <summary><c>true</c> / <c>false</c>: a JSON boolean leaf; never the string "true".</summary>
internal sealed class ExactBooleanMatcher(bool expected) : ValueMatcher
{
    public override bool MatchesBoolean(bool value) => value == expected;

    public override string Describe() => expected ? "true" : "false";
}
