using System.Text.Json.Nodes;

namespace ActivityAware.Core.Rules.Pushdown;

/// <summary>
/// The last resort, one pattern that fits by admitting more: error-code lists become <c>errorCode exists</c>, then the largest
/// eventName lists are widened to the verbs they start with (<c>Create</c>, <c>Delete</c> …) until it fits: still a superset, at
/// the cost of more executions; if that is not enough, the alternatives constrained by eventSource and eventName alone become one
/// (every one of their sources with every one of their verbs). After each step, names that an alternative constrained by
/// eventName alone already admits are dropped from the others (the union is unchanged).
/// </summary>
internal static class PushdownWidening
{
    public static string Widen(List<PushdownAlternative> groups, int maximumLength)
    {
        Subsume(groups);
        var json = PushdownEnvelope.Render(groups.Select(g => g.ToDetailPattern()));
        if (json.Length > maximumLength)
        {
            groups.RemoveAll(g => g.Names is null && !g.IsWholePattern && g.Rest.Count == 1 && g.Rest.ContainsKey("errorCode"));
            groups.Add(new PushdownAlternative(new JsonObject { ["errorCode"] = new JsonArray(new JsonObject { ["exists"] = true }) }, null, IsWholePattern: false));
            json = PushdownEnvelope.Render(groups.Select(g => g.ToDetailPattern()));
        }
        while (json.Length > maximumLength && groups.Where(g => g.Names is { Count: > 1 } && !g.Widened)
                   .MaxBy(g => g.Names!.Sum(n => n.Length)) is { } largest)
        {
            largest.Names = largest.Names!.Select(LeadingVerb).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            largest.Widened = true;
            Subsume(groups);
            json = PushdownEnvelope.Render(groups.Select(g => g.ToDetailPattern()));
        }
        if (json.Length > maximumLength && MergeSourceAlternatives(groups))
        {
            Subsume(groups);
            json = PushdownEnvelope.Render(groups.Select(g => g.ToDetailPattern()));
        }
        if (json.Length > maximumLength)
            throw new PushdownPatternTooLongException(json.Length, maximumLength);
        return json;
    }

    /// <summary>
    /// Replaces the alternatives that are exact eventSource values with eventNames by one: the union of their sources with the union
    /// of their names' verbs, which admits all they admitted (and more). False when there are fewer than two.
    /// </summary>
    private static bool MergeSourceAlternatives(List<PushdownAlternative> groups)
    {
        var merged = groups.Where(g => g.Names is not null && !g.IsWholePattern && g.Rest.Count == 1 &&
                                       g.Rest["eventSource"] is JsonArray sources && sources.All(s => s is JsonValue v && v.TryGetValue<string>(out _)))
            .ToList();
        if (merged.Count < 2) return false;
        groups.RemoveAll(merged.Contains);
        var allSources = merged.SelectMany(g => g.Rest["eventSource"]!.AsArray().Select(s => s!.GetValue<string>()))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Select(s => (JsonNode)JsonValue.Create(s)).ToArray();
        var verbs = merged.SelectMany(g => g.Widened ? g.Names! : g.Names!.Select(LeadingVerb)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        groups.Add(new PushdownAlternative(new JsonObject { ["eventSource"] = new JsonArray(allSources) }, verbs, IsWholePattern: false) { Widened = true });
        return true;
    }

    /// <summary>
    /// Removes from every alternative the eventNames that an alternative with no other constraint admits anyway; an alternative left
    /// with no names is removed. The set of events the pattern admits stays the same.
    /// </summary>
    public static void Subsume(List<PushdownAlternative> groups)
    {
        var broad = groups.Where(g => g.Rest.Count == 0 && g.Names is not null && !g.IsWholePattern).ToList();
        foreach (var group in groups.Where(g => g.Names is not null && !g.IsWholePattern))
        {
            var others = broad.Where(b => !ReferenceEquals(b, group)).ToList();
            if (others.Count == 0) continue;
            group.Names = group.Names!.Where(name => !others.Any(b => Admits(b, name, group.Widened))).ToList();
        }
        groups.RemoveAll(g => g.Names is { Count: 0 });
    }

    private static bool Admits(PushdownAlternative broad, string name, bool nameIsPrefix) =>
        broad.Widened
            ? broad.Names!.Any(prefix => name.StartsWith(prefix, StringComparison.Ordinal))
            : !nameIsPrefix && broad.Names!.Contains(name, StringComparer.Ordinal);

    private static string LeadingVerb(string eventName)
    {
        var end = 1;
        while (end < eventName.Length && !char.IsUpper(eventName[end])) end++;
        return eventName[..end];
    }
}
