namespace ActivityAware.Core.Rules.Patterns;

/// <summary>
/// For a long <c>$or</c>: the path that most alternatives pin to exact strings (at least <see cref="MinimumKeyed"/>), and
/// those alternatives' entries indexed by each of their strings. An exact-strings condition holds only if a string leaf at
/// its path is in its list, so a record whose path holds one string can match only the keyed entries listed under it.
/// </summary>
internal sealed class ExactKeyIndex<T> where T : class
{
    private const int MinimumKeyed = 4;

    private ExactKeyIndex(string path, Dictionary<string, T[]> byValue, T[] keyed, T[] unkeyed)
    {
        Path = path;
        ByValue = byValue.GetAlternateLookup<ReadOnlySpan<char>>();
        Keyed = keyed;
        Unkeyed = unkeyed;
    }

    public string Path { get; }
    public Dictionary<string, T[]>.AlternateLookup<ReadOnlySpan<char>> ByValue { get; }

    /// <summary>Entries whose alternative pins <see cref="Path"/>, in the <c>$or</c>'s order.</summary>
    public T[] Keyed { get; }

    /// <summary>Entries whose alternative does not pin <see cref="Path"/>: always tried.</summary>
    public T[] Unkeyed { get; }

    /// <param name="entries">What the caller evaluates for each alternative, at the same index.</param>
    public static ExactKeyIndex<T>? TryCreate(EventPattern[] alternatives, T[] entries)
    {
        var best = alternatives
            .SelectMany(a => a.Conditions.Where(c => c.IsExactStringsOnly).Select(c => c.Path).Distinct(StringComparer.Ordinal))
            .GroupBy(p => p, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .FirstOrDefault();
        if (best is null || best.Count() < MinimumKeyed) return null;
        var byValue = new Dictionary<string, List<T>>(StringComparer.Ordinal);
        var keyed = new List<T>();
        var unkeyed = new List<T>();
        for (var i = 0; i < alternatives.Length; i++)
        {
            var key = alternatives[i].Conditions.FirstOrDefault(c => c.Path == best.Key && c.IsExactStringsOnly);
            if (key is null)
            {
                unkeyed.Add(entries[i]);
                continue;
            }
            keyed.Add(entries[i]);
            foreach (var value in key.ExactStrings.Distinct(StringComparer.Ordinal))
            {
                if (!byValue.TryGetValue(value, out var list)) byValue[value] = list = [];
                list.Add(entries[i]);
            }
        }
        return new ExactKeyIndex<T>(
            best.Key,
            byValue.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal),
            keyed.ToArray(),
            unkeyed.ToArray());
    }
}
