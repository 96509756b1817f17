using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;

namespace ActivityAware.Core.Rules;

/// <summary>
/// Evaluates a pack over CloudTrail records. Rules whose pattern pins <c>eventName</c> to exact values are indexed by
/// name, so a record is only tested against the rules that can match it plus the rules without such a constraint.
/// Matching allocates nothing unless a rule matches.
/// </summary>
public sealed class RuleEngine : IRuleEngine
{
    private const int NameLimit = 256;
    private static readonly byte[] EventNameProperty = "eventName"u8.ToArray();
    private readonly Dictionary<string, Rule> _byId;
    private readonly Dictionary<string, Rule[]>.AlternateLookup<ReadOnlySpan<char>> _byEventName;
    private readonly Rule[] _unindexed;

    public RuleEngine(RulePack pack)
    {
        Pack = pack;
        _byId = pack.Rules.ToDictionary(r => r.Id, StringComparer.Ordinal);
        var names = pack.Rules.Select(r => (Rule: r, Names: EventNamesOf(r))).ToList();
        _unindexed = names.Where(n => n.Names is null).Select(n => n.Rule).ToArray();
        var byName = names.Where(n => n.Names is not null)
            .SelectMany(n => n.Names!)
            .Distinct(StringComparer.Ordinal)
            .ToDictionary(name => name, name => pack.Rules
                .Where(r => EventNamesOf(r) is not { } own || own.Contains(name, StringComparer.Ordinal))
                .ToArray(), StringComparer.Ordinal);
        _byEventName = byName.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public RulePack Pack { get; }

    public Rule GetRule(string id) =>
        _byId.TryGetValue(id, out var rule) ? rule : throw new KeyNotFoundException($"No rule with id '{id}' in the pack.");

    public IReadOnlyList<RuleMatch> Evaluate(JsonElement record)
    {
        List<RuleMatch>? matches = null;
        foreach (var rule in CandidatesFor(record))
        {
            if (!rule.Match.Matches(record) || IsExcepted(rule, record)) continue;
            matches ??= [];
            matches.Add(new RuleMatch(rule.Id, rule.Title, rule.Severity, rule.Category, Explain(rule, record)));
        }
        return matches is null ? [] : matches;
    }

    private Rule[] CandidatesFor(JsonElement record)
    {
        if (record.ValueKind != JsonValueKind.Object ||
            !record.TryGetProperty(EventNameProperty, out var name) || name.ValueKind != JsonValueKind.String)
            return _unindexed;
        var raw = JsonMarshal.GetRawUtf8Value(name)[1..^1];
        if (raw.Length > NameLimit || raw.IndexOf((byte)'\\') >= 0)
            return _byEventName.TryGetValue(name.GetString()!, out var slow) ? slow : _unindexed;
        Span<char> buffer = stackalloc char[NameLimit];
        var length = Encoding.UTF8.GetChars(raw, buffer);
        return _byEventName.TryGetValue(buffer[..length], out var rules) ? rules : _unindexed;
    }

    private static bool IsExcepted(Rule rule, JsonElement record)
    {
        foreach (var exception in rule.Exceptions)
        {
            if (exception.Matches(record)) return true;
        }
        return false;
    }

    private static string Explain(Rule rule, JsonElement record)
    {
        var reasons = new List<string>();
        rule.Match.Explain(record, reasons);
        return string.Join(", ", reasons);
    }

    /// <summary>The exact eventName values a rule is limited to, or null when it is not limited that way.</summary>
    private static IReadOnlyList<string>? EventNamesOf(Rule rule) =>
        rule.Match.Conditions.FirstOrDefault(c => c.Path == "eventName" && c.IsExactStringsOnly)?.ExactStrings;
}
