using System.Text.Json.Nodes;

namespace ActivityAware.Local.Asl.Intrinsics;

/// <summary>The evaluated arguments of one call, with typed accessors that fail as States.IntrinsicFailure.</summary>
internal sealed class Arguments(string function, IReadOnlyList<JsonNode?> values, IReadOnlyList<IntrinsicArgument> syntax, Random random)
{
    public IReadOnlyList<JsonNode?> Values => values;

    public Random Random => random;

    public JsonNode? this[int index] => values[index];

    public void Count(int expected)
    {
        if (values.Count != expected)
            throw Fail($"expects {expected} argument(s) but got {values.Count}");
    }

    public string? Raw(int index) => syntax[index] is LiteralArgument { RawString: { } raw } ? raw : null;

    public string String(int index) =>
        AslJson.TryGetString(values[index], out var s) ? s : throw Fail($"argument {index + 1} must be a string but is {AslJson.TypeName(values[index])}");

    public JsonArray Array(int index) =>
        values[index] as JsonArray ?? throw Fail($"argument {index + 1} must be an array but is {AslJson.TypeName(values[index])}");

    public long Integer(int index) =>
        AslJson.TryGetInteger(values[index], out var n) ? n : throw Fail($"argument {index + 1} must be an integer but is {AslJson.Serialize(values[index])}");

    /// <summary>A number rounded to the nearest integer as AWS (Java's Math.round) does: halves go up, so 2.5 → 3 and -2.5 → -2.</summary>
    public long RoundedInteger(int index)
    {
        var rounded = decimal.Floor(Number(index) + 0.5m);
        return rounded is >= long.MinValue and <= long.MaxValue ? (long)rounded : throw Fail($"argument {index + 1} is out of range");
    }

    public decimal Number(int index) =>
        AslJson.TryGetNumber(values[index], out var n) ? n : throw Fail($"argument {index + 1} must be a number but is {AslJson.TypeName(values[index])}");

    public StatesErrorException Fail(string what) => new(StatesErrorNames.IntrinsicFailure, $"{function}: {what}.");
}
