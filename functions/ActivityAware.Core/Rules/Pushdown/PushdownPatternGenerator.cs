using System.Text.Json.Nodes;

namespace ActivityAware.Core.Rules.Pushdown;

/// <summary>
/// Builds the EventBridge pushdown: the patterns of the rules that start the state machine, from the union of the enabled
/// rules' eventSource / eventName / errorCode constraints (<see cref="PushdownAlternatives"/>). In order of preference:
/// <list type="number">
/// <item>one pattern with every alternative as is, when it fits;</item>
/// <item>a split (<see cref="PushdownSplitPlan"/>): alternatives binned by eventSource into up to <see cref="MaximumPatterns"/>
/// pairwise-disjoint patterns, the cross-source ones in the first; fewest patterns first, first admitting a generalized
/// <c>errorCode</c> only on the other patterns' sources, then on every event;</item>
/// <item>the last resort, one widened pattern (<see cref="PushdownWidening"/>), which starts many more executions.</item>
/// </list>
/// </summary>
public static class PushdownPatternGenerator
{
    /// <summary>
    /// EventBridge's default quota for an event pattern, in characters: PutRule accepts 4096, but only after a quota increase,
    /// so a pattern over 2048 fails `sam deploy` in an ordinary account.
    /// </summary>
    public const int MaximumLength = 2048;

    /// <summary>
    /// Rules per stack. EventBridge allows 300 rules per bus, shared by everything else in the account and region, and the
    /// forwarder repeats them in every region and account; a rule pack that needs more than five 2 KB patterns constrains so
    /// little that widening costs little more, and such a pack is better served by raising the pattern size quota.
    /// </summary>
    public const int MaximumPatterns = 5;

    public static PushdownPatternSet GenerateSet(RulePack pack, int maximumLength = MaximumLength, int maximumPatterns = MaximumPatterns)
    {
        var alternatives = PushdownAlternatives.Of(pack);
        var single = Copy(alternatives);
        PushdownWidening.Subsume(single);
        var json = PushdownEnvelope.Render(single.Select(a => a.ToDetailPattern()));
        if (json.Length <= maximumLength) return Single(json, widened: false);
        if (maximumPatterns >= 2 && PushdownSplitPlan.TryCreate(Copy(alternatives)) is { } plan)
        {
            foreach (var narrow in new[] { true, false })
            {
                for (var patterns = 2; patterns <= maximumPatterns; patterns++)
                {
                    if (PushdownBinPacker.Pack(plan, patterns, maximumLength, narrow) is { } bins)
                        return Split(plan, bins, narrow);
                }
            }
        }
        return Single(PushdownWidening.Widen(Copy(alternatives), maximumLength), widened: true);
    }

    /// <summary>The one pattern local replay checks: <see cref="PushdownPatternSet.Union"/> of <see cref="GenerateSet"/>.</summary>
    public static EventBridgePattern Generate(RulePack pack) => GenerateSet(pack).Union;

    private static PushdownPatternSet Split(PushdownSplitPlan plan, List<List<string>> bins, bool narrow)
    {
        var used = bins.Select(b => (IReadOnlyCollection<string>)b).ToList();
        var patterns = PushdownSplitRenderer.Details(plan, used, narrow).Select(d => new EventBridgePattern(PushdownEnvelope.Render(d))).ToList();
        var union = PushdownEnvelope.Render(PushdownSplitRenderer.UnionBranches(plan, used, narrow));
        return new PushdownPatternSet(patterns, new EventBridgePattern(union), widened: false);
    }

    private static PushdownPatternSet Single(string json, bool widened)
    {
        var pattern = new EventBridgePattern(json);
        return new PushdownPatternSet([pattern], pattern, widened);
    }

    private static List<PushdownAlternative> Copy(List<PushdownAlternative> alternatives) =>
        alternatives.Select(a => new PushdownAlternative((JsonObject)a.Rest.DeepClone(), a.Names?.ToList(), a.IsWholePattern) { Widened = a.Widened }).ToList();
}
