namespace ActivityAware.Local.Asl.Jsonata.Evaluation;

/// <summary>
/// jsonata-js's stable merge sort: b goes before a only when swap(a, b) holds. Written out rather than List.Sort
/// because comparisons may raise JSONata errors, which List.Sort would wrap.
/// </summary>
internal static class MergeSorter
{
    public static List<T> Sort<T>(List<T> items, Func<T, T, bool> swap)
    {
        if (items.Count <= 1)
        {
            return items;
        }

        var middle = items.Count / 2;
        var left = Sort(items.GetRange(0, middle), swap);
        var right = Sort(items.GetRange(middle, items.Count - middle), swap);
        var merged = new List<T>(items.Count);
        int l = 0, r = 0;
        while (l < left.Count && r < right.Count)
        {
            merged.Add(swap(left[l], right[r]) ? right[r++] : left[l++]);
        }

        for (; l < left.Count; l++)
        {
            merged.Add(left[l]);
        }

        for (; r < right.Count; r++)
        {
            merged.Add(right[r]);
        }

        return merged;
    }
}
