using System.Text.Json.Nodes;

namespace ActivityAware.Core.Rules.Pushdown;

/// <summary>
/// The last resort, one pattern that fits by admitting more: error-code lists become <c>errorCode exists</c>, then the largest
/// eventName lists are widened to the verbs they start with (<c>Create</c>, <c>Delete</c> …) until it fits: still a superset, at
/// the cost of more executions. If still too long, every source's names become verbs and sources with the same verbs share one
/// alternative, then any write verb is admitted on any of the sources that have one, and at last on every source; a read verb
/// (<c>Get</c>, <c>List</c> …) always stays on its own sources. After each step, names that an alternative constrained by
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
        if (json.Length > maximumLength)
        {
            // Each source's group costs its eventSource and brackets even once widened.
            WidenAndMergeSourcesWithSameVerbs(groups);
            json = PushdownEnvelope.Render(groups.Select(g => g.ToDetailPattern()));
        }
        if (json.Length > maximumLength)
        {
            MergeWriteVerbsOfAllSources(groups);
            json = PushdownEnvelope.Render(groups.Select(g => g.ToDetailPattern()));
        }
        if (json.Length > maximumLength)
        {
            AdmitWriteVerbsOnEverySource(groups);
            json = PushdownEnvelope.Render(groups.Select(g => g.ToDetailPattern()));
        }
        if (json.Length > maximumLength)
            throw new PushdownPatternTooLongException(json.Length, maximumLength);
        return json;
    }

    /// <summary>Verbs of reads, the busiest calls: a read verb is never admitted on a source that did not ask for it.</summary>
    private static readonly string[] ReadVerbs = ["Batch", "Describe", "Get", "List", "Lookup", "Search"];

    private static bool IsRead(string verb) => ReadVerbs.Contains(verb, StringComparer.Ordinal);

    private static bool IsSourceOnly(PushdownAlternative group) =>
        group.Names is not null && !group.IsWholePattern && group.Rest.Count == 1 && group.Rest["eventSource"] is JsonArray;

    private static IEnumerable<string> Sources(PushdownAlternative group) =>
        group.Rest["eventSource"]!.AsArray().Select(v => v!.GetValue<string>());

    private static JsonArray SourceList(IEnumerable<string> sources) =>
        new(sources.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Select(v => (JsonNode)JsonValue.Create(v)).ToArray());

    private static void WidenAndMergeSourcesWithSameVerbs(List<PushdownAlternative> groups)
    {
        foreach (var group in groups.Where(g => IsSourceOnly(g) && !g.Widened))
        {
            group.Names = group.Names!.Select(LeadingVerb).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            group.Widened = true;
        }
        foreach (var same in groups.Where(IsSourceOnly).GroupBy(g => string.Join(' ', g.Names!)).Where(s => s.Count() > 1).ToList())
        {
            var first = same.First();
            first.Rest["eventSource"] = SourceList(same.SelectMany(Sources));
            groups.RemoveAll(g => same.Contains(g) && !ReferenceEquals(g, first));
        }
        Subsume(groups);
    }

    private static void AdmitWriteVerbsOnEverySource(List<PushdownAlternative> groups)
    {
        foreach (var group in groups.Where(g => IsSourceOnly(g) && !g.Names!.Any(IsRead)))
            group.Rest.Remove("eventSource");
        Subsume(groups);
    }

    private static void MergeWriteVerbsOfAllSources(List<PushdownAlternative> groups)
    {
        var writers = groups.Where(g => IsSourceOnly(g) && g.Names!.Any(n => !IsRead(n))).ToList();
        if (writers.Count < 2) return;
        var verbs = writers.SelectMany(g => g.Names!).Where(n => !IsRead(n)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var sources = SourceList(writers.SelectMany(Sources));
        foreach (var group in writers) group.Names = group.Names!.Where(IsRead).ToList();
        groups.RemoveAll(g => g.Names is { Count: 0 });
        groups.Add(new PushdownAlternative(new JsonObject { ["eventSource"] = sources }, verbs, IsWholePattern: false) { Widened = true });
        WidenAndMergeSourcesWithSameVerbs(groups);
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
