using System.Text.Json.Nodes;
using ActivityAware.Local.Asl.Definition;

namespace ActivityAware.Local.Asl.States;

/// <summary>
/// A Map state's ToleratedFailureCount / ToleratedFailurePercentage (spec, "Map State Failure Tolerance"): a failed iteration is
/// counted and, while neither threshold is breached, its result is null (as moto's and LocalStack's recorded AWS behaviour has it);
/// the failure that breaches one fails the state with States.ExceedToleratedFailureThreshold. A threshold that is not given does not apply.
/// </summary>
internal sealed class MapFailureTolerance
{
    private readonly int _items;
    private readonly long? _count;
    private readonly decimal? _percentage;
    private int _failures;

    private MapFailureTolerance(int items, long? count, decimal? percentage)
    {
        _items = items;
        _count = count;
        _percentage = percentage;
    }

    /// <summary>
    /// The thresholds of <paramref name="state"/>, paths read from the effective input; null when an inline Map sets none. A distributed
    /// Map that sets none tolerates no failure: any failed child execution fails it with States.ExceedToleratedFailureThreshold.
    /// </summary>
    public static MapFailureTolerance? For(StateDefinition state, EvaluationScope scope, int items)
    {
        if (!state.ToleratesFailures)
            return state.Distributed is null ? null : new MapFailureTolerance(items, 0, null);
        long? count = state.ToleratedFailureCount;
        if (state.ToleratedFailureCountPath is { } countPath)
        {
            count = countPath.EvaluateInteger(scope, "ToleratedFailureCountPath", 0, _ => "ToleratedFailureCount cannot be negative.", allowString: true);
        }
        var percentage = state.ToleratedFailurePercentage;
        if (state.ToleratedFailurePercentagePath is { } percentagePath)
        {
            percentage = Percentage(percentagePath.Evaluate(scope, "ToleratedFailurePercentagePath"), percentagePath);
        }
        return new MapFailureTolerance(items, count, percentage);
    }

    /// <summary>The same thresholds over <paramref name="items"/> items (a distributed Map's reader tells how many only after they are read).</summary>
    public MapFailureTolerance WithItems(int items) => new(items, _count, _percentage);

    /// <summary>The thresholds of a JSONata Map <paramref name="state"/> (literals, or expressions over its input); null when it sets none.</summary>
    public static MapFailureTolerance? For(StateDefinition state, JsonataScope scope, int items)
    {
        if (!state.ToleratesFailures)
            return null;
        long? count = state.ToleratedFailureCountExpression is { } countExpression
            ? JsonataStateIo.Integer(countExpression, scope, "ToleratedFailureCount", 0)
            : state.ToleratedFailureCount;
        var percentage = state.ToleratedFailurePercentageExpression is { } percentageExpression
            ? JsonataStateIo.Percentage(percentageExpression, scope, "ToleratedFailurePercentage")
            : state.ToleratedFailurePercentage;
        return new MapFailureTolerance(items, count, percentage);
    }

    /// <summary>
    /// Counts one failed iteration: its result (null) when still tolerated, else the threshold error, worded as AWS words it (the
    /// cause LocalStack's AWS-validated TestState support and independent emulators give: "The specified tolerated failure threshold
    /// was exceeded").
    /// </summary>
    /// <param name="items">How many items failed: a failed batch of a distributed Map fails each of its items.</param>
    public JsonNode? Tolerate(int items = 1)
    {
        var failures = Interlocked.Add(ref _failures, items);
        if (failures > _count || failures * 100m > _percentage * _items)
            throw new StatesErrorException(StatesErrorNames.ExceedToleratedFailureThreshold, ThresholdExceededCause);
        return null;
    }

    public const string ThresholdExceededCause = "The specified tolerated failure threshold was exceeded";

    /// <summary>A number, or a string holding an integer, from 0 to 100; else States.Runtime worded as AWS recorded it (localstack test_base_scenarios, test_map_state_tolerated_failure_percentage_path).</summary>
    private static decimal Percentage(JsonNode? value, ValueExpression path)
    {
        if (!AslJson.TryGetNumber(value, out var p))
        {
            if (value is JsonValue text && text.TryGetValue<string>(out var s)
                && long.TryParse(s, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var whole))
                p = whole;
            else
                throw new StatesErrorException(StatesErrorNames.Runtime,
                    $"The ToleratedFailurePercentagePath field refers to value \"{(value is JsonValue v && v.TryGetValue<string>(out var str) ? str : AslJson.Serialize(value))}\" which is not a valid float: {path.Text}");
        }
        return p is >= 0 and <= 100 ? p : throw new StatesErrorException(StatesErrorNames.Runtime, "ToleratedFailurePercentage must be between 0 and 100.");
    }
}
