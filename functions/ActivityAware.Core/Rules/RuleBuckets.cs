namespace ActivityAware.Core.Rules;

/// <summary>
/// Puts each rule in exactly one bucket so a record is tested only against rules that can match it: rules pinning
/// <c>eventName</c> to exact values by name; otherwise rules pinning <c>eventSource</c> by source; otherwise rules that
/// need an <c>errorCode</c> value; the rest always. <typeparamref name="T"/> is what the caller evaluates for a rule.
/// </summary>
internal sealed class RuleBuckets<T> where T : class
{
    public RuleBuckets(IEnumerable<Rule> rules, Func<Rule, T> entry)
    {
        var byName = new Dictionary<string, List<T>>(StringComparer.Ordinal);
        var bySource = new Dictionary<string, List<T>>(StringComparer.Ordinal);
        var needingErrorCode = new List<T>();
        var always = new List<T>();
        foreach (var rule in rules)
        {
            var value = entry(rule);
            if (ExactValues(rule, "eventName") is { } names) Add(byName, names, value);
            else if (ExactValues(rule, "eventSource") is { } sources) Add(bySource, sources, value);
            else if (rule.Match.Conditions.Any(c => c.Path == "errorCode" && c.RequiresValue)) needingErrorCode.Add(value);
            else always.Add(value);
        }
        ByName = Freeze(byName).GetAlternateLookup<ReadOnlySpan<char>>();
        BySource = Freeze(bySource).GetAlternateLookup<ReadOnlySpan<char>>();
        AllByName = AllOf(ByName.Dictionary);
        AllBySource = AllOf(BySource.Dictionary);
        NeedingErrorCode = needingErrorCode.ToArray();
        Always = always.ToArray();
    }

    public Dictionary<string, T[]>.AlternateLookup<ReadOnlySpan<char>> ByName { get; }
    public Dictionary<string, T[]>.AlternateLookup<ReadOnlySpan<char>> BySource { get; }

    /// <summary>Every rule of <see cref="ByName"/>, for a record whose eventName is not one string (patterns flatten arrays).</summary>
    public T[] AllByName { get; }

    public T[] AllBySource { get; }
    public T[] NeedingErrorCode { get; }
    public T[] Always { get; }

    private static T[] AllOf(Dictionary<string, T[]> index) => index.Values.SelectMany(r => r).Distinct().ToArray();

    private static Dictionary<string, T[]> Freeze(Dictionary<string, List<T>> index) =>
        index.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);

    private static void Add(Dictionary<string, List<T>> index, IReadOnlyList<string> keys, T value)
    {
        foreach (var key in keys)
        {
            if (!index.TryGetValue(key, out var list)) index[key] = list = [];
            list.Add(value);
        }
    }

    private static IReadOnlyList<string>? ExactValues(Rule rule, string path) =>
        rule.Match.Conditions.FirstOrDefault(c => c.Path == path && c.IsExactStringsOnly)?.ExactStrings;
}
