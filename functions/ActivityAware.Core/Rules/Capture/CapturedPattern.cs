using System.Text.Json;
using ActivityAware.Core.Rules.Patterns;

namespace ActivityAware.Core.Rules.Capture;

/// <summary>
/// An <see cref="EventPattern"/> matched over the captured leaves of a record instead of a parsed document. Each field
/// condition reads the leaves of its own path independently (as <see cref="FieldCondition.Matches(JsonElement)"/> walks
/// its path independently), so the leaves of one slot decide it exactly: any leaf that satisfies the list, else the
/// exists outcome for "some leaf" or "none". A <c>public-policy</c> condition reads a whole value, which leaves do not hold:
/// it is taken to hold as <c>policyHolds</c> says, true in a rule's match and false in its exceptions, so the answer is
/// only ever a superset of the rule's matches and the parsed record decides.
/// </summary>
internal sealed class CapturedPattern
{
    private readonly FieldCondition[] _conditions;
    private readonly int[] _slots;
    private readonly CapturedPattern[][] _alternatives;
    private readonly CapturedOrDispatch?[] _dispatch;
    private readonly bool _policyHolds;

    /// <param name="slotOf">The slot holding the leaves of a pattern path.</param>
    /// <param name="policyHolds">What a <c>public-policy</c> condition, undecidable from leaves, is taken to answer.</param>
    public CapturedPattern(EventPattern pattern, Func<string, int> slotOf, bool policyHolds)
    {
        _conditions = pattern.Conditions;
        _policyHolds = policyHolds;
        _slots = _conditions.Select(c => slotOf(c.Path)).ToArray();
        _alternatives = pattern.Alternatives.Select(or => or.Select(a => new CapturedPattern(a, slotOf, policyHolds)).ToArray()).ToArray();
        _dispatch = pattern.Alternatives.Select((or, i) => CapturedOrDispatch.TryCreate(or, _alternatives[i], slotOf)).ToArray();
    }

    public bool Matches(RecordFields fields)
    {
        for (var i = 0; i < _conditions.Length; i++)
        {
            if (_conditions[i].ReadsPolicy ? !_policyHolds : !Holds(_conditions[i], fields, _slots[i])) return false;
        }
        for (var i = 0; i < _alternatives.Length; i++)
        {
            var any = _dispatch[i] is { } dispatch ? dispatch.AnyMatches(fields) : AnyMatches(_alternatives[i], fields);
            if (!any) return false;
        }
        return true;
    }

    public static bool AnyMatches(CapturedPattern[] alternatives, RecordFields fields)
    {
        foreach (var alternative in alternatives)
        {
            if (alternative.Matches(fields)) return true;
        }
        return false;
    }

    private static bool Holds(FieldCondition condition, RecordFields fields, int slot)
    {
        for (var index = fields.First(slot); index >= 0;)
        {
            ref readonly var leaf = ref fields.Leaf(index);
            var matched = leaf.Kind switch
            {
                JsonTokenType.String => condition.MatchesString(fields.Text(leaf)),
                JsonTokenType.Number => condition.MatchesNumber(leaf.Number, leaf.IsDouble),
                JsonTokenType.True => condition.MatchesBoolean(true),
                JsonTokenType.False => condition.MatchesBoolean(false),
                _ => condition.MatchesNull(),
            };
            if (matched) return true;
            index = leaf.Next;
        }
        return condition.MatchesWithoutMatchingLeaf(found: fields.First(slot) >= 0);
    }
}
