namespace ActivityAware.Core.Rules.Patterns;

/// <summary>
/// <c>{"wildcard": "arn:aws:iam::*:role/admin*"}</c>: <c>*</c> stands for zero or more characters, case-sensitive;
/// <c>\*</c> is a literal star and <c>\\</c> a literal backslash (EventBridge). String leaves only.
/// </summary>
internal sealed class WildcardMatcher : ValueMatcher
{
    private readonly string _source;
    private readonly string[] _literals;
    private readonly bool _startsWithStar;
    private readonly bool _endsWithStar;

    /// <param name="literals">The text between stars, unescaped.</param>
    public WildcardMatcher(string source, string[] literals, bool startsWithStar, bool endsWithStar)
    {
        _source = source;
        _literals = literals;
        _startsWithStar = startsWithStar;
        _endsWithStar = endsWithStar;
    }

    public override bool MatchesString(ReadOnlySpan<char> value)
    {
        if (_literals.Length == 1 && !_startsWithStar && !_endsWithStar)
            return value.SequenceEqual(_literals[0]);
        var first = 0;
        var last = _literals.Length - 1;
        if (!_startsWithStar)
        {
            if (!value.StartsWith(_literals[0], StringComparison.Ordinal)) return false;
            value = value[_literals[0].Length..];
            first = 1;
        }
        if (!_endsWithStar)
        {
            if (!value.EndsWith(_literals[last], StringComparison.Ordinal)) return false;
            value = value[..^_literals[last].Length];
            last--;
        }
        // Between two stars, taking the leftmost occurrence of each literal is optimal (classic glob argument).
        for (var i = first; i <= last; i++)
        {
            var at = value.IndexOf(_literals[i], StringComparison.Ordinal);
            if (at < 0) return false;
            value = value[(at + _literals[i].Length)..];
        }
        return true;
    }

    public override string Describe() => $"wildcard {_source}";
}
