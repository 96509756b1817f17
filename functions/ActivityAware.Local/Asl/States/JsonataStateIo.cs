using System.Text.Json.Nodes;
using ActivityAware.Local.Asl.Definition;
using ActivityAware.Local.Asl.Variables;

namespace ActivityAware.Local.Asl.States;

/// <summary>
/// A JSONata state's output and assignments, and its fields that take a literal or an expression: the developer guide's "Transforming data
/// with JSONata" (Output defaults to <c>$states.result</c> for Task, Map and Parallel and to <c>$states.input</c> otherwise; Assign and
/// Output read the variables from before the state's own assignments, which apply once both are evaluated).
/// </summary>
internal static class JsonataStateIo
{
    /// <summary>Output and Assign over <paramref name="scope"/> (with <c>$states.result</c> bound when the state has one); the default output is <paramref name="fallback"/>.</summary>
    public static JsonNode? Complete(StateDefinition state, JsonataScope scope, JsonNode? fallback) =>
        Complete(state.Name, state.Output, state.Assign, scope, fallback);

    public static JsonNode? Complete(string stateName, JsonataTemplate? output, VariableAssignment? assign, JsonataScope scope, JsonNode? fallback)
    {
        var assigned = assign?.Evaluate(scope, stateName);
        var result = output is null ? fallback : output.Evaluate(scope);
        VariableScope.Assign(assigned, stateName);
        return result;
    }

    /// <summary>
    /// A field that takes a literal integer or an expression yielding one (Seconds, TimeoutSeconds, MaxConcurrency, ToleratedFailureCount):
    /// anything else is States.QueryEvaluationError.
    /// </summary>
    public static long Integer(JsonataTemplate expression, JsonataScope scope, string field, long minimum, long maximum = long.MaxValue)
    {
        var value = expression.Evaluate(scope);
        if (!AslJson.TryGetInteger(value, out var n))
            throw UnexpectedType(expression, field, "integer", value);
        if (n < minimum || n > maximum)
            throw new StatesErrorException(StatesErrorNames.QueryEvaluationError,
                $"The JSONata expression '{expression.Expression?.Text}' specified for the field '{field}' returned {n}, but {field} must be between {minimum} and {maximum}.")
            {
                EvaluationField = field,
            };
        return n;
    }

    /// <summary>ToleratedFailurePercentage: a number from 0 to 100.</summary>
    public static decimal Percentage(JsonataTemplate expression, JsonataScope scope, string field)
    {
        var value = expression.Evaluate(scope);
        if (!AslJson.TryGetNumber(value, out var n))
            throw UnexpectedType(expression, field, "number", value);
        if (n is < 0 or > 100)
            throw new StatesErrorException(StatesErrorNames.QueryEvaluationError,
                $"The JSONata expression '{expression.Expression?.Text}' specified for the field '{field}' returned {AslJson.Serialize(value)}, but {field} must be between 0 and 100.")
            {
                EvaluationField = field,
            };
        return n;
    }

    /// <summary>A field that takes text (Fail's Error and Cause, Wait's Timestamp): a string, else States.QueryEvaluationError.</summary>
    public static string Text(JsonataTemplate expression, JsonataScope scope, string field)
    {
        var value = expression.Evaluate(scope);
        return AslJson.TryGetString(value, out var text) ? text : throw UnexpectedType(expression, field, "string", value);
    }

    public static StatesErrorException UnexpectedType(JsonataTemplate expression, string field, string expected, JsonNode? value) =>
        new(StatesErrorNames.QueryEvaluationError,
            $"The JSONata expression '{expression.Expression?.Text}' specified for the field '{field}' returned an unexpected result type. Expected '{expected}', but was '{AslJson.TypeName(value)}' for value: {AslJson.Serialize(value)}")
        {
            EvaluationField = field,
        };
}
