namespace ActivityAware.Core.Rules.Patterns;

/// <summary><c>{"equals-ignore-case": "x"}</c>: string leaves equal to the value ignoring (ordinal) case.</summary>
internal sealed class EqualsIgnoreCaseMatcher(string expected) : ValueMatcher
{
    public override bool MatchesString(ReadOnlySpan<char> value) => value.Equals(expected, StringComparison.OrdinalIgnoreCase);

    public override string Describe() => $"equals-ignore-case {expected}";
}
