using System.Text.Json.Nodes;
using ActivityAware.Local.Asl.JsonPath;

namespace ActivityAware.Local.Asl.Choice;

/// <summary>One comparison: <c>Variable</c> against a literal or, for the *Path operators, another path.</summary>
internal sealed class ComparisonRule(JsonPathExpression variable, string op, JsonNode? operand, JsonPathExpression? operandPath) : ChoiceRule
{
    public override bool Evaluate(EvaluationScope scope)
    {
        if (!scope.TryResolve(variable, out var value))
        {
            if (op == "IsPresent")
                return !operand!.GetValue<bool>();
            throw InvalidPath(variable);
        }
        if (op.StartsWith("Is", StringComparison.Ordinal))
            return TypeTest(value) == operand!.GetValue<bool>();
        var expected = operand;
        if (operandPath is not null && !scope.TryResolve(operandPath, out expected))
            throw InvalidPath(operandPath);
        var baseOp = operandPath is null ? op : op[..^"Path".Length];
        return Compare(baseOp, value, expected);
    }

    private bool TypeTest(JsonNode? value) => op switch
    {
        "IsPresent" => true,
        "IsNull" => value is null,
        "IsNumeric" => AslJson.IsNumber(value),
        "IsString" => AslJson.IsString(value),
        "IsBoolean" => AslJson.IsBoolean(value),
        "IsTimestamp" => AslJson.TryGetString(value, out var s) && Rfc3339Timestamp.TryParse(s, out _),
        _ => false,
    };

    private static bool Compare(string op, JsonNode? value, JsonNode? expected)
    {
        if (op == "BooleanEquals")
            return AslJson.IsBoolean(value) && AslJson.IsBoolean(expected) && value!.GetValue<bool>() == expected!.GetValue<bool>();
        if (op == "StringMatches")
            return AslJson.TryGetString(value, out var text) && AslJson.TryGetString(expected, out var pattern) && WildcardPattern.Matches(pattern, text);
        int? order = null;
        if (op.StartsWith("String", StringComparison.Ordinal)
            && AslJson.TryGetString(value, out var a) && AslJson.TryGetString(expected, out var b))
            order = string.CompareOrdinal(a, b);
        else if (op.StartsWith("Numeric", StringComparison.Ordinal)
            && AslJson.TryGetNumber(value, out var x) && AslJson.TryGetNumber(expected, out var y))
            order = x.CompareTo(y);
        else if (op.StartsWith("Timestamp", StringComparison.Ordinal)
            && AslJson.TryGetString(value, out var t1) && AslJson.TryGetString(expected, out var t2))
            order = Rfc3339Timestamp.Compare(t1, t2);
        if (order is not { } c)
            return false;
        return op switch
        {
            _ when op.EndsWith("GreaterThanEquals", StringComparison.Ordinal) => c >= 0,
            _ when op.EndsWith("LessThanEquals", StringComparison.Ordinal) => c <= 0,
            _ when op.EndsWith("GreaterThan", StringComparison.Ordinal) => c > 0,
            _ when op.EndsWith("LessThan", StringComparison.Ordinal) => c < 0,
            _ => c == 0,
        };
    }

    private static StatesErrorException InvalidPath(JsonPathExpression path) =>
        new(StatesErrorNames.Runtime, $"Invalid path '{path.Text}': The choice state's condition path references an invalid value.");
}
