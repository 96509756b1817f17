namespace ActivityAware.Local.Asl.Jsonata.Functions;

/// <summary>Step Functions' $partition and $range, the JSONata forms of States.ArrayPartition and States.ArrayRange.</summary>
public static class StepFunctionsArrays
{
    /// <summary>The most items $range builds: a guard against a range that would exhaust memory, far above any state's payload limit.</summary>
    public const int MaxRangeItems = 1_000_000;

    /// <summary>$partition(array, size): consecutive chunks of <paramref name="size"/> items, the last one possibly shorter.</summary>
    public static IReadOnlyList<IReadOnlyList<T>> Partition<T>(IReadOnlyList<T> items, double size)
    {
        if (!(size > 0) || size != Math.Floor(size))
            throw new JsonataException("D3200", $"The chunk size of $partition must be a positive integer; it was {JavaScriptNumbers.ToText(size)}");
        return items.Chunk((int)Math.Min(size, int.MaxValue)).ToList();
    }

    /// <summary>$range(start, end, step): start, start + step, … up to and including <paramref name="end"/>; a negative step counts down.</summary>
    public static IReadOnlyList<double> Range(double start, double end, double step)
    {
        if (step == 0 || !double.IsFinite(step) || !double.IsFinite(start) || !double.IsFinite(end))
            throw new JsonataException("D3201", $"$range needs a finite start and end and a non-zero step; it was given {JavaScriptNumbers.ToText(start)}, {JavaScriptNumbers.ToText(end)}, {JavaScriptNumbers.ToText(step)}");
        var result = new List<double>();
        for (var value = start; step > 0 ? value <= end : value >= end; value += step)
        {
            if (result.Count == MaxRangeItems)
                throw new JsonataException("D3201", $"$range would build more than {MaxRangeItems} items");
            result.Add(value);
        }
        return result;
    }
}
