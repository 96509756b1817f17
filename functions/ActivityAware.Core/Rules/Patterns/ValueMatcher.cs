namespace ActivityAware.Core.Rules.Patterns;

/// <summary>
/// One entry of a pattern's value list, compiled. Each method is asked about one leaf of the event; a matcher that does
/// not apply to that JSON type answers false (EventBridge: numeric matches numbers only, string operators strings only).
/// </summary>
internal abstract class ValueMatcher
{
    public virtual bool MatchesString(ReadOnlySpan<char> value) => false;

    public virtual bool MatchesNumber(double value) => false;

    public virtual bool MatchesBoolean(bool value) => false;

    public virtual bool MatchesNull() => false;

    /// <summary>The operator as a user wrote it, for reasons and listings.</summary>
    public abstract string Describe();
}
