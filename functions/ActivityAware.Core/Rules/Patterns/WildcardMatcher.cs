namespace ActivityAware.Core.Rules.Patterns;

/// <summary>
/// <c>{"wildcard": "arn:aws:iam::*:role/admin*"}</c>: <c>*</c> stands for zero or more characters, case-sensitive;
/// <c>\*</c> is a literal star and <c>\\</c> a literal backslash (EventBridge). String leaves only.
/// </summary>
internal sealed class WildcardMatcher : ValueMatcher
{
    private readonly string _source;
    private readonly string[] _literals;

    /// <param name="literals">The text between stars, unescaped; one more than the number of stars.</param>
    public WildcardMatcher(string source, string[] literals)
    {
        _source = source;
        _literals = literals;
    }

    public override bool MatchesString(ReadOnlySpan<char> value)
    {
        if (_literals.Length == 1) return value.SequenceEqual(_literals[0]);
        // The first literal is anchored at the start and the last at the end; they must not overlap.
        var last = _literals.Length - 1;
        if (value.Length < _literals[0].Length + _literals[last].Length ||
            !value.StartsWith(_literals[0], StringComparison.Ordinal) ||
            !value.EndsWith(_literals[last], StringComparison.Ordinal))
            return false;
        value = value[_literals[0].Length..^_literals[last].Length];
        // Between two stars, taking the leftmost occurrence of each literal is optimal (classic glob argument).
        for (var i = 1; i < last; i++)
        {
            var at = value.IndexOf(_literals[i], StringComparison.Ordinal);
            if (at < 0) return false;
            value = value[(at + _literals[i].Length)..];
        }
        return true;
    }

    public override string Describe() => $"wildcard {_source}";
}
