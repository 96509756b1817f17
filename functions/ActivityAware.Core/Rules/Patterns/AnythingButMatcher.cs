namespace ActivityAware.Core.Rules.Patterns;

/// <summary>
/// <c>{"anything-but": …}</c>: a present leaf that the inner matchers do not match. With a value list, any JSON type can
/// qualify (a number is "anything but" the string "x"); with prefix, suffix, wildcard or equals-ignore-case the leaf must be
/// a string. A missing field never matches: anything-but needs a value to compare.
/// </summary>
internal sealed class AnythingButMatcher(ValueMatcher[] excluded, bool stringsOnly, string description) : ValueMatcher
{
    public override bool MatchesString(ReadOnlySpan<char> value)
    {
        foreach (var matcher in excluded)
        {
            if (matcher.MatchesString(value)) return false;
        }
        return true;
    }

    public override bool MatchesNumber(double value)
    {
        if (stringsOnly) return false;
        foreach (var matcher in excluded)
        {
            if (matcher.MatchesNumber(value)) return false;
        }
        return true;
    }

    public override bool MatchesBoolean(bool value)
    {
        if (stringsOnly) return false;
        foreach (var matcher in excluded)
        {
            if (matcher.MatchesBoolean(value)) return false;
        }
        return true;
    }

    public override bool MatchesNull()
    {
        if (stringsOnly) return false;
        foreach (var matcher in excluded)
        {
            if (matcher.MatchesNull()) return false;
        }
        return true;
    }

    public override string Describe() => $"anything-but {description}";
}
