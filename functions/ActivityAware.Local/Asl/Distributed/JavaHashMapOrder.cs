namespace ActivityAware.Local.Asl.Distributed;

/// <summary>
/// The order a <c>java.util.HashMap</c> holding <paramref name="keys"/> iterates them in: by bucket (the spread String.hashCode masked
/// to the table size, which starts at 16 and doubles past a 0.75 load), then by insertion. AWS builds a CSV row's item in such a map:
/// its recordings show headers 0,True,{} as 0,{},True and H1,"" as "",H1 (localstack test_base_scenarios.snapshot.json,
/// test_map_item_reader_csv_headers_first_row_typed_headers and test_map_item_reader_csv_first_row_extra_fields).
/// </summary>
internal static class JavaHashMapOrder
{
    public static IReadOnlyList<int> Of(IReadOnlyList<string> keys)
    {
        var capacity = 16;
        while (keys.Count > capacity * 3 / 4)
            capacity *= 2;
        return Enumerable.Range(0, keys.Count).OrderBy(i => Bucket(keys[i], capacity)).ThenBy(i => i).ToList();
    }

    private static int Bucket(string key, int capacity)
    {
        var h = 0;
        foreach (var c in key)
            h = unchecked(31 * h + c);
        return (h ^ (int)((uint)h >> 16)) & (capacity - 1);
    }
}
