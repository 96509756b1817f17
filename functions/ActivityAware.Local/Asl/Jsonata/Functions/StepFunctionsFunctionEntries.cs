using ActivityAware.Local.Asl.Jsonata.Values;

namespace ActivityAware.Local.Asl.Jsonata.Functions;

/// <summary>
/// The registry entries of the functions Step Functions adds to JSONata: $partition, $range, $hash, $random (with an optional seed;
/// it replaces JSONata's own), $uuid and $parse (Step Functions' stand-in for $eval).
/// </summary>
internal static class StepFunctionsFunctionEntries
{
    public static IReadOnlyList<NativeFunction> All { get; } =
    [
        new("partition", "<an:a>", Partition),
        new("range", "<nnn:a>", (_, a) => new JsonataArray(StepFunctionsArrays.Range((double)a[0]!, (double)a[1]!, (double)a[2]!).Cast<object?>())),
        new("hash", "<ss:s>", (_, a) => a[0] is string value && a[1] is string algorithm ? StepFunctionsHash.Hash(value, algorithm) : null),
        new("random", "<n?:n>", (_, a) => StepFunctionsRandom.Random(Random.Shared, a[0] as double?)),
        new("uuid", "<:s>", (_, _) => StepFunctionsRandom.Uuid(Random.Shared)),
        new("parse", "<s:x>", (_, a) => a[0] is string text ? JsonNodeConversion.FromNode(StepFunctionsJsonParse.Parse(text)) : null),
    ];

    private static object? Partition(JsonataCallContext context, IReadOnlyList<object?> arguments)
    {
        if (arguments[0] is not JsonataArray items)
            return null;
        var chunks = StepFunctionsArrays.Partition(items, (double)arguments[1]!);
        return new JsonataArray(chunks.Select(chunk => (object?)new JsonataArray(chunk)));
    }
}
