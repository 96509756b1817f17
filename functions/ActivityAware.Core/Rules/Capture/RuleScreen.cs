using System.Text;
using System.Text.Json;

namespace ActivityAware.Core.Rules.Capture;

/// <summary>
/// Answers "does any rule of the engine match this record?" from its captured leaves, so a record no rule matches is
/// rejected without a parsed document. Rules are bucketed like <see cref="RuleIndex"/> (by exact eventName, else exact
/// eventSource, else a required errorCode, else always); a bucket is only a superset of the rules that can match, which
/// is all a yes/no answer needs.
/// </summary>
internal sealed class RuleScreen
{
    private const int TextLimit = 256;
    private readonly Dictionary<string, CapturedRule[]>.AlternateLookup<ReadOnlySpan<char>> _byName;
    private readonly Dictionary<string, CapturedRule[]>.AlternateLookup<ReadOnlySpan<char>> _bySource;
    private readonly CapturedRule[] _allByName;
    private readonly CapturedRule[] _allBySource;
    private readonly CapturedRule[] _needingErrorCode;
    private readonly CapturedRule[] _always;
    private readonly int _eventNameSlot;
    private readonly int _eventSourceSlot;
    private readonly int _errorCodeSlot;

    public RuleScreen(IEnumerable<Rule> rules, FieldLayout layout)
    {
        var byName = new Dictionary<string, List<CapturedRule>>(StringComparer.Ordinal);
        var bySource = new Dictionary<string, List<CapturedRule>>(StringComparer.Ordinal);
        var needingErrorCode = new List<CapturedRule>();
        var always = new List<CapturedRule>();
        foreach (var rule in rules)
        {
            var captured = new CapturedRule(rule, layout);
            if (ExactValues(rule, "eventName") is { } names) Add(byName, names, captured);
            else if (ExactValues(rule, "eventSource") is { } sources) Add(bySource, sources, captured);
            else if (rule.Match.Conditions.Any(c => c.Path == "errorCode" && c.RequiresValue)) needingErrorCode.Add(captured);
            else always.Add(captured);
        }
        _byName = Freeze(byName).GetAlternateLookup<ReadOnlySpan<char>>();
        _bySource = Freeze(bySource).GetAlternateLookup<ReadOnlySpan<char>>();
        _allByName = _byName.Dictionary.Values.SelectMany(r => r).Distinct().ToArray();
        _allBySource = _bySource.Dictionary.Values.SelectMany(r => r).Distinct().ToArray();
        _needingErrorCode = needingErrorCode.ToArray();
        _always = always.ToArray();
        _eventNameSlot = SlotOrEmpty(layout, "eventName");
        _eventSourceSlot = SlotOrEmpty(layout, "eventSource");
        _errorCodeSlot = SlotOrEmpty(layout, "errorCode");
    }

    public bool AnyMatches(RecordFields fields) =>
        AnyMatches(Candidates(_byName, _allByName, fields, _eventNameSlot), fields) ||
        AnyMatches(Candidates(_bySource, _allBySource, fields, _eventSourceSlot), fields) ||
        (fields.Count(_errorCodeSlot) > 0 && AnyMatches(_needingErrorCode, fields)) ||
        AnyMatches(_always, fields);

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
        var utf8 = fields.Text(leaf);
        if (utf8.Length > TextLimit) return index.TryGetValue(Encoding.UTF8.GetString(utf8), out var slow) ? slow : [];
        Span<char> buffer = stackalloc char[TextLimit];
        var length = Encoding.UTF8.GetChars(utf8, buffer);
        return index.TryGetValue(buffer[..length], out var rules) ? rules : [];
    }

    private static int SlotOrEmpty(FieldLayout layout, string path) =>
        layout.RecordPaths.Contains(path, StringComparer.Ordinal) ? layout.RecordSlot(path) : layout.EmptySlot;

    private static Dictionary<string, CapturedRule[]> Freeze(Dictionary<string, List<CapturedRule>> index) =>
        index.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);

    private static void Add(Dictionary<string, List<CapturedRule>> index, IReadOnlyList<string> keys, CapturedRule rule)
    {
        foreach (var key in keys)
        {
            if (!index.TryGetValue(key, out var list)) index[key] = list = [];
            list.Add(rule);
        }
    }

    private static IReadOnlyList<string>? ExactValues(Rule rule, string path) =>
        rule.Match.Conditions.FirstOrDefault(c => c.Path == path && c.IsExactStringsOnly)?.ExactStrings;
}
