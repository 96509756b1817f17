namespace ActivityAware.Core.Rules.Pushdown;

/// <summary>
/// Assigns sources to patterns so that every pattern fits: pinned sources go to the first pattern, the others, largest first
/// (ties by name, so the output is stable), to the first pattern they fit in. A source given to another pattern lengthens the
/// first one when it lists the other patterns' sources (narrow admission), so a source joins the first pattern only if that
/// pattern would still fit with every source not placed yet listed there. Greedy: it may miss an assignment that exists; the caller then tries more patterns.
/// </summary>
internal static class PushdownBinPacker
{
    public static List<List<string>>? Pack(PushdownSplitPlan plan, int patterns, int maximumLength, bool narrow)
    {
        var bins = Enumerable.Range(0, patterns).Select(_ => new List<string>()).ToList();
        bins[0].AddRange(plan.Pinned);
        if (!Fits(plan, bins, narrow, maximumLength)) return null;
        var order = plan.BySource.Keys.Where(s => !plan.Pinned.Contains(s))
            .OrderByDescending(s => plan.BySource[s].Sum(a => a.ToDetailPattern().ToJsonString().Length))
            .ThenBy(s => s, StringComparer.Ordinal).ToList();
        for (var i = 0; i < order.Count; i++)
        {
            var later = order.Skip(i + 1).ToList();
            var placed = false;
            for (var b = 0; b < bins.Count && !placed; b++)
            {
                bins[b].Add(order[i]);
                placed = Fits(plan, bins, narrow, maximumLength) && (b > 0 || FirstFitsWithOthersElsewhere(plan, bins, later, narrow, maximumLength));
                if (!placed) bins[b].RemoveAt(bins[b].Count - 1);
            }
            if (!placed) return null;
        }
        return bins.Where((bin, index) => index == 0 || bin.Count > 0).ToList();
    }

    private static bool Fits(PushdownSplitPlan plan, List<List<string>> bins, bool narrow, int maximumLength)
    {
        var used = bins.Where((bin, index) => index == 0 || bin.Count > 0).Select(b => (IReadOnlyCollection<string>)b).ToList();
        return PushdownSplitRenderer.Details(plan, used, narrow).All(d => PushdownEnvelope.Render(d).Length <= maximumLength);
    }

    /// <summary>Whether the first pattern still fits if every source not placed yet ends up in another pattern (the most it can grow).</summary>
    private static bool FirstFitsWithOthersElsewhere(PushdownSplitPlan plan, List<List<string>> bins, List<string> later, bool narrow, int maximumLength)
    {
        if (later.Count == 0) return true;
        var hypothetical = bins.Where((bin, index) => index == 0 || bin.Count > 0).Select(b => (IReadOnlyCollection<string>)b).Append(later).ToList();
        return PushdownEnvelope.Render(PushdownSplitRenderer.Details(plan, hypothetical, narrow)[0]).Length <= maximumLength;
    }
}
