namespace ActivityAware.Core.Rules.Patterns;

/// <summary><c>{"prefix": "x"}</c> or <c>{"prefix": {"equals-ignore-case": "x"}}</c>: string leaves only.</summary>
internal sealed class PrefixMatcher(string prefix, bool ignoreCase) : ValueMatcher
{
    public string Prefix { get; } = prefix;
    public bool IgnoreCase { get; } = ignoreCase;

    public override bool MatchesString(ReadOnlySpan<char> value) =>
        value.StartsWith(Prefix, IgnoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);

    public override string Describe() => IgnoreCase ? $"prefix (ignoring case) {Prefix}" : $"prefix {Prefix}";
}
