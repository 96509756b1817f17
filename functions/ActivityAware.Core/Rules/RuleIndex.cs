using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;

namespace ActivityAware.Core.Rules;

/// <summary>
/// Puts each rule in exactly one bucket so a record is tested only against rules that can match it: rules pinning
/// <c>eventName</c> to exact values by name; otherwise rules pinning <c>eventSource</c> by source; otherwise rules that
/// need an <c>errorCode</c> value, only when the record has one; the rest always.
/// </summary>
internal sealed class RuleIndex
{
    private const int TextLimit = 256;
    private static readonly byte[] EventNameProperty = "eventName"u8.ToArray();
    private static readonly byte[] EventSourceProperty = "eventSource"u8.ToArray();
    private static readonly byte[] ErrorCodeProperty = "errorCode"u8.ToArray();
    private readonly Dictionary<string, Rule[]>.AlternateLookup<ReadOnlySpan<char>> _byName;
    private readonly Dictionary<string, Rule[]>.AlternateLookup<ReadOnlySpan<char>> _bySource;
    private readonly Rule[] _needingErrorCode;
    private readonly Rule[] _always;

    public RuleIndex(IReadOnlyList<Rule> rules)
    {
        var byName = new Dictionary<string, List<Rule>>(StringComparer.Ordinal);
        var bySource = new Dictionary<string, List<Rule>>(StringComparer.Ordinal);
        var needingErrorCode = new List<Rule>();
        var always = new List<Rule>();
        foreach (var rule in rules)
        {
            if (ExactValues(rule, "eventName") is { } names)
                Add(byName, names, rule);
            else if (ExactValues(rule, "eventSource") is { } sources)
                Add(bySource, sources, rule);
            else if (rule.Match.Conditions.Any(c => c.Path == "errorCode" && c.RequiresValue))
                needingErrorCode.Add(rule);
            else
                always.Add(rule);
        }
        _byName = byName.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _bySource = bySource.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _needingErrorCode = needingErrorCode.ToArray();
        _always = always.ToArray();
    }

    /// <summary>The candidate rules of a record, as four disjoint groups (empty arrays when none).</summary>
    public RuleCandidates Find(JsonElement record)
    {
        if (record.ValueKind != JsonValueKind.Object) return new RuleCandidates([], [], [], _always);
        return new RuleCandidates(
            Lookup(_byName, record, EventNameProperty) ?? [],
            Lookup(_bySource, record, EventSourceProperty) ?? [],
            record.TryGetProperty(ErrorCodeProperty, out _) ? _needingErrorCode : [],
            _always);
    }

    private static Rule[]? Lookup(Dictionary<string, Rule[]>.AlternateLookup<ReadOnlySpan<char>> index, JsonElement record, byte[] property)
    {
        if (index.Dictionary.Count == 0 || !record.TryGetProperty(property, out var value)) return null;
        // Patterns flatten arrays, so a (forged) array of names may still match: test every rule of the index.
        if (value.ValueKind != JsonValueKind.String) return AllOf(index.Dictionary);
        var raw = JsonMarshal.GetRawUtf8Value(value)[1..^1];
        if (raw.Length > TextLimit || raw.IndexOf((byte)'\\') >= 0)
            return index.TryGetValue(value.GetString()!, out var slow) ? slow : null;
        Span<char> buffer = stackalloc char[TextLimit];
        var length = Encoding.UTF8.GetChars(raw, buffer);
        return index.TryGetValue(buffer[..length], out var rules) ? rules : null;
    }

    private static Rule[] AllOf(Dictionary<string, Rule[]> index) => index.Values.SelectMany(r => r).Distinct().ToArray();

    private static void Add(Dictionary<string, List<Rule>> index, IReadOnlyList<string> keys, Rule rule)
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
