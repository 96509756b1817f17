namespace ActivityAware.Core.Rules.Projection;

/// <summary>Whether the pushdown pattern passes a record, and which rules of the pack match it.</summary>
public readonly record struct PrefilterResult(bool PushdownMatched, IReadOnlyList<RuleMatch> Matches)
{
    public bool HasMatches => Matches.Count > 0;
}
