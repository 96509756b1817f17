namespace ActivityAware.Core.Rules.Patterns;

/// <summary><c>{"suffix": "x"}</c> or <c>{"suffix": {"equals-ignore-case": "x"}}</c>: string leaves only.</summary>
internal sealed class SuffixMatcher(string suffix, bool ignoreCase) : ValueMatcher
{
    public override bool MatchesString(ReadOnlySpan<char> value) =>
        value.EndsWith(suffix, ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);

    public override string Describe() => ignoreCase ? $"suffix (ignoring case) {suffix}" : $"suffix {suffix}";
}
