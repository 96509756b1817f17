namespace ActivityAware.Core.Rules.Patterns;

/// <summary><c>"AccessDenied"</c>: a string leaf equal to the value, case-sensitive.</summary>
internal sealed class ExactStringMatcher(string expected) : ValueMatcher
{
    public string Expected { get; } = expected;

    public override bool MatchesString(ReadOnlySpan<char> value) => value.SequenceEqual(Expected);

    public override string Describe() => Expected;
}
