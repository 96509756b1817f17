using System.Text.Json;

namespace ActivityAware.Core.Rules.Patterns;

/// <summary>
/// A compiled EventBridge event pattern: every field condition holds and, for each <c>$or</c>, at least one alternative
/// holds. Built once by <see cref="EventPatternCompiler"/>; <see cref="Matches"/> allocates nothing for ordinary events.
/// </summary>
public sealed class EventPattern
{
    internal EventPattern(FieldCondition[] conditions, EventPattern[][] alternatives, PatternNode source)
    {
        // Policy conditions last: the cheap field tests decide most records before a policy is read.
        Conditions = conditions.OrderBy(c => c.ReadsPolicy).ToArray();
        Alternatives = alternatives;
        Source = source;
        _dispatch = alternatives.Select(OrDispatch.TryCreate).ToArray();
    }

    private readonly OrDispatch?[] _dispatch;

    internal FieldCondition[] Conditions { get; }

    /// <summary>Each inner array is one <c>$or</c>: a list of sub-patterns of which one must match.</summary>
    internal EventPattern[][] Alternatives { get; }

    /// <summary>True when a condition here or in an alternative is <c>public-policy</c>.</summary>
    internal bool ReadsPolicy => Conditions.Any(c => c.ReadsPolicy) || Alternatives.Any(or => or.Any(a => a.ReadsPolicy));

    /// <summary>The pattern as written.</summary>
    public PatternNode Source { get; }

    public bool Matches(JsonElement root)
    {
        foreach (var condition in Conditions)
        {
            if (!condition.Matches(root)) return false;
        }
        for (var i = 0; i < Alternatives.Length; i++)
        {
            var any = _dispatch[i] is { } dispatch ? dispatch.AnyMatches(root) : AnyMatches(Alternatives[i], root);
            if (!any) return false;
        }
        return true;
    }

    /// <summary>The plain definition (every alternative tried), against which tests check the dispatch.</summary>
    internal bool MatchesTryingEveryAlternative(JsonElement root)
    {
        foreach (var condition in Conditions)
        {
            if (!condition.Matches(root)) return false;
        }
        foreach (var alternatives in Alternatives)
        {
            var any = false;
            foreach (var alternative in alternatives) any = any || alternative.MatchesTryingEveryAlternative(root);
            if (!any) return false;
        }
        return true;
    }

    /// <summary>Every dotted field path this pattern reads, <c>$or</c> alternatives included, each once.</summary>
    public IReadOnlyList<string> ReferencedPaths()
    {
        var paths = new List<string>();
        CollectPaths(paths);
        return paths.Distinct(StringComparer.Ordinal).ToArray();
    }

    private void CollectPaths(List<string> paths)
    {
        foreach (var condition in Conditions) paths.Add(condition.Path);
        foreach (var alternatives in Alternatives)
        {
            foreach (var alternative in alternatives) alternative.CollectPaths(paths);
        }
    }

    /// <summary>Adds "path=value" for every field that made this (matching) pattern match.</summary>
    public void Explain(JsonElement root, List<string> reasons)
    {
        foreach (var condition in Conditions)
        {
            var leaf = condition.FirstLeafText(root);
            reasons.Add(leaf is null ? condition.Describe() : $"{condition.Path}={Shorten(leaf)}");
        }
        foreach (var alternatives in Alternatives)
        {
            alternatives.FirstOrDefault(a => a.Matches(root))?.Explain(root, reasons);
        }
    }

    private static bool AnyMatches(EventPattern[] alternatives, JsonElement root)
    {
        foreach (var alternative in alternatives)
        {
            if (alternative.Matches(root)) return true;
        }
        return false;
    }

    private static string Shorten(string text) => text.Length <= 120 ? text : string.Concat(text.AsSpan(0, 117), "...");
}
