using System.Text.Json;

namespace ActivityAware.Core.Rules.Capture;

/// <summary>
/// Answers "does any rule of the engine match this record?" from its captured leaves, so a record no rule matches is
/// rejected without a parsed document. Rules are bucketed as <see cref="RuleIndex"/> buckets them (<see cref="RuleBuckets{T}"/>);
/// a bucket is only a superset of the rules that can match, which is all a yes/no answer needs.
/// </summary>
internal sealed class RuleScreen
{
    private readonly RuleBuckets<CapturedRule> _buckets;
    private readonly int _eventNameSlot;
    private readonly int _eventSourceSlot;
    private readonly int _errorCodeSlot;

    public RuleScreen(IEnumerable<Rule> rules, FieldLayout layout)
    {
        _buckets = new RuleBuckets<CapturedRule>(rules, rule => new CapturedRule(rule, layout));
        _eventNameSlot = SlotOrEmpty(layout, "eventName");
        _eventSourceSlot = SlotOrEmpty(layout, "eventSource");
        _errorCodeSlot = SlotOrEmpty(layout, "errorCode");
    }

    public bool AnyMatches(RecordFields fields) =>
        AnyMatches(Candidates(_buckets.ByName, _buckets.AllByName, fields, _eventNameSlot), fields) ||
        AnyMatches(Candidates(_buckets.BySource, _buckets.AllBySource, fields, _eventSourceSlot), fields) ||
        (fields.Count(_errorCodeSlot) > 0 && AnyMatches(_buckets.NeedingErrorCode, fields)) ||
        AnyMatches(_buckets.Always, fields);

    private static bool AnyMatches(CapturedRule[] rules, RecordFields fields)
    {
        foreach (var rule in rules)
        {
            if (rule.Matches(fields)) return true;
        }
        return false;
    }

    /// <summary>A rule keyed by exact values matches only if one of the slot's string leaves is among them.</summary>
    private static CapturedRule[] Candidates(
        Dictionary<string, CapturedRule[]>.AlternateLookup<ReadOnlySpan<char>> index, CapturedRule[] all, RecordFields fields, int slot)
    {
        if (fields.Count(slot) > 1) return all;
        if (fields.Count(slot) == 0 || fields.Leaf(fields.First(slot)) is not { Kind: JsonTokenType.String } leaf) return [];
        return Utf8KeyLookup.Find(index, fields.Text(leaf)) ?? [];
    }

    private static int SlotOrEmpty(FieldLayout layout, string path) =>
        layout.RecordPaths.Contains(path, StringComparer.Ordinal) ? layout.RecordSlot(path) : layout.EmptySlot;
}
