using System.Text.Json;

namespace ActivityAware.Core.Rules;

/// <summary>The candidate rules of a parsed record, from the <see cref="RuleBuckets{T}"/> of the pack.</summary>
internal sealed class RuleIndex(IReadOnlyList<Rule> rules)
{
    private static readonly byte[] EventNameProperty = "eventName"u8.ToArray();
    private static readonly byte[] EventSourceProperty = "eventSource"u8.ToArray();
    private static readonly byte[] ErrorCodeProperty = "errorCode"u8.ToArray();
    private readonly RuleBuckets<Rule> _buckets = new(rules, rule => rule);

    /// <summary>The candidate rules of a record, as four disjoint groups (empty arrays when none).</summary>
    public RuleCandidates Find(JsonElement record)
    {
        if (record.ValueKind != JsonValueKind.Object) return new RuleCandidates([], [], [], _buckets.Always);
        return new RuleCandidates(
            Lookup(_buckets.ByName, _buckets.AllByName, record, EventNameProperty) ?? [],
            Lookup(_buckets.BySource, _buckets.AllBySource, record, EventSourceProperty) ?? [],
            record.TryGetProperty(ErrorCodeProperty, out _) ? _buckets.NeedingErrorCode : [],
            _buckets.Always);
    }

    private static Rule[]? Lookup(Dictionary<string, Rule[]>.AlternateLookup<ReadOnlySpan<char>> index, Rule[] all, JsonElement record, byte[] property)
    {
        if (index.Dictionary.Count == 0 || !record.TryGetProperty(property, out var value)) return null;
        // Patterns flatten arrays, so a (forged) array of names may still match: test every rule of the index.
        if (value.ValueKind != JsonValueKind.String) return all;
        return Utf8KeyLookup.Find(index, value);
    }
}
