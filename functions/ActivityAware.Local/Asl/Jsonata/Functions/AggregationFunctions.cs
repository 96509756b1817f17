using ActivityAware.Local.Asl.Jsonata.Values;

namespace ActivityAware.Local.Asl.Jsonata.Functions;

/// <summary>$sum, $max, $min, $average over arrays of numbers (a single number counts as an array of one).</summary>
internal static class AggregationFunctions
{
    public static object? Sum(JsonataCallContext context, IReadOnlyList<object?> arguments) =>
        arguments[0] is JsonataArray numbers ? numbers.Sum(item => (double)item!) : null;

    public static object? Max(JsonataCallContext context, IReadOnlyList<object?> arguments) =>
        arguments[0] is JsonataArray { Count: > 0 } numbers ? numbers.Max(item => (double)item!) : null;

    public static object? Min(JsonataCallContext context, IReadOnlyList<object?> arguments) =>
        arguments[0] is JsonataArray { Count: > 0 } numbers ? numbers.Min(item => (double)item!) : null;

    public static object? Average(JsonataCallContext context, IReadOnlyList<object?> arguments) =>
        arguments[0] is JsonataArray { Count: > 0 } numbers ? numbers.Sum(item => (double)item!) / numbers.Count : null;
}
