namespace ActivityAware.Core.Rules.Pushdown;

/// <summary>
/// The EventBridge rules' patterns (one rule each), pairwise disjoint so no event starts two executions, and
/// <see cref="Union"/>: one pattern that matches exactly when one of them does, which the local replay checks.
/// </summary>
public sealed class PushdownPatternSet
{
    public PushdownPatternSet(IReadOnlyList<EventBridgePattern> patterns, EventBridgePattern union, bool widened)
    {
        if (patterns.Count == 0) throw new ArgumentException("a pushdown needs at least one pattern", nameof(patterns));
        Patterns = patterns;
        Union = union;
        Widened = widened;
    }

    public IReadOnlyList<EventBridgePattern> Patterns { get; }

    /// <summary>Matches an event exactly when some pattern of <see cref="Patterns"/> does; not subject to EventBridge's size quota.</summary>
    public EventBridgePattern Union { get; }

    /// <summary>True when no split fitted and the last resort, one pattern with event names widened to their verbs, was taken.</summary>
    public bool Widened { get; }

    /// <summary>One compact pattern per line, the text `rules pattern` prints.</summary>
    public string ToJsonLines() => string.Join('\n', Patterns.Select(p => p.Json));
}
