namespace ActivityAware.Core.Rules.Capture;

/// <summary>A rule's match and exceptions over captured leaves: it matches when its pattern does and no exception does.</summary>
internal sealed class CapturedRule(Rule rule, FieldLayout layout)
{
    // A policy read is left to the parsed record: assumed to match in the pattern, and not to in the exceptions.
    private readonly CapturedPattern _match = new(rule.Match, layout.RecordSlot, policyHolds: true);
    private readonly CapturedPattern[] _exceptions = rule.Exceptions.Select(e => new CapturedPattern(e, layout.RecordSlot, policyHolds: false)).ToArray();

    public bool Matches(RecordFields fields) => _match.Matches(fields) && !CapturedPattern.AnyMatches(_exceptions, fields);
}
