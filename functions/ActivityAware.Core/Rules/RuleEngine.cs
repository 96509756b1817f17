using System.Text.Json;
using ActivityAware.Core.Pipeline;

namespace ActivityAware.Core.Rules;

/// <summary>
/// Evaluates a pack over CloudTrail records. A <see cref="RuleIndex"/> narrows each record to the rules that can match
/// it (by eventName, eventSource, presence of errorCode). Matching allocates nothing unless a rule matches.
/// A rule with a threshold (a burst: N events within a window) is not an alert on one event, so by default its matches are left out;
/// with <c>includeThresholdRules</c> they are returned carrying the <see cref="RuleMatch.Burst"/> that "Check duplicate" counts.
/// </summary>
public sealed class RuleEngine : IRuleEngine
{
    private readonly Dictionary<string, Rule> _byId;
    private readonly RuleIndex _index;
    private readonly bool _includeThresholdRules;

    public RuleEngine(RulePack pack, bool includeThresholdRules = false)
    {
        Pack = pack;
        _includeThresholdRules = includeThresholdRules;
        _byId = pack.Rules.ToDictionary(r => r.Id, StringComparer.Ordinal);
        _index = new RuleIndex(pack.Rules);
    }

    public RulePack Pack { get; }

    /// <summary>The rules <see cref="Evaluate(JsonElement)"/> can return: threshold rules only when asked for.</summary>
    internal IEnumerable<Rule> EvaluatedRules => Pack.Rules.Where(r => r.Threshold is null || _includeThresholdRules);

    public Rule GetRule(string id) =>
        _byId.TryGetValue(id, out var rule) ? rule : throw new KeyNotFoundException($"No rule with id '{id}' in the pack.");

    public IReadOnlyList<RuleMatch> Evaluate(JsonElement record)
    {
        var candidates = _index.Find(record);
        List<RuleMatch>? matches = null;
        Evaluate(candidates.ByName, record, ref matches);
        Evaluate(candidates.BySource, record, ref matches);
        Evaluate(candidates.NeedingErrorCode, record, ref matches);
        Evaluate(candidates.Always, record, ref matches);
        return matches is null ? Array.Empty<RuleMatch>() : matches;
    }

    private void Evaluate(Rule[] rules, JsonElement record, ref List<RuleMatch>? matches)
    {
        foreach (var rule in rules)
        {
            if (rule.Threshold is not null && !_includeThresholdRules) continue;
            if (!rule.Match.Matches(record) || IsExcepted(rule, record)) continue;
            matches ??= [];
            matches.Add(new RuleMatch(rule.Id, rule.Title, rule.Severity, rule.Category, Explain(rule, record))
            {
                DedupeKey = DedupeKey(rule, record),
                DedupeWindowSeconds = rule.Dedupe?.Window is { } window ? (int)window.TotalSeconds : null,
                Burst = rule.Threshold is { } threshold ? BurstObservations.For(rule, threshold, record) : null,
            });
        }
    }

    /// <summary>Kept out of <see cref="Evaluate(Rule[], JsonElement, ref List{RuleMatch}?)"/>: its lambda's closure would otherwise be allocated on every call.</summary>
    private static string? DedupeKey(Rule rule, JsonElement record) =>
        rule.Dedupe is { Fields.Count: > 0 } dedupe
            ? AlertKey.ForFields(rule.Id, dedupe.Fields.Select(f => (f, RecordFieldText.Read(record, f))))
            : rule.Threshold is { } threshold ? BurstObservations.GroupKey(rule.Id, threshold, record) : null;

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
}
