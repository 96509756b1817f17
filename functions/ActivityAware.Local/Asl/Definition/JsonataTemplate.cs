using System.Text.Json.Nodes;
using ActivityAware.Local.Asl.Jsonata;

namespace ActivityAware.Local.Asl.Definition;

/// <summary>
/// A field of a JSONata state (Arguments, Output, Assign, Items, Seconds, …): a string that is exactly <c>{% expression %}</c> is a JSONata
/// expression, objects and arrays are walked member by member, everything else is a literal. Compiled at load; evaluated in a
/// <see cref="JsonataScope"/>. An expression that yields nothing, or fails, is States.QueryEvaluationError naming the expression and the
/// field it sits in (<c>Output/a/b[0]</c>), as Step Functions words it.
/// </summary>
public sealed partial class JsonataTemplate
{
    [System.Text.RegularExpressions.GeneratedRegex(@"\$states\s*\.\s*errorOutput\b")]
    private static partial System.Text.RegularExpressions.Regex ErrorOutputReference();

    private readonly Func<JsonataScope, JsonNode?> _evaluate;

    private JsonataTemplate(Func<JsonataScope, JsonNode?> evaluate, JsonataExpression? expression, bool isLiteral, JsonNode? literal)
    {
        _evaluate = evaluate;
        Expression = expression;
        IsLiteral = isLiteral;
        Literal = literal;
    }

    /// <summary>The expression when the whole field is one <c>{% %}</c> string, else null.</summary>
    public JsonataExpression? Expression { get; }

    /// <summary>True when nothing in the field is an expression: <see cref="Literal"/> is its value.</summary>
    public bool IsLiteral { get; }

    public JsonNode? Literal { get; }

    /// <summary>
    /// Compiles <paramref name="value"/>, the field at <paramref name="field"/> (<c>Output</c>, <c>Choices[0]/Condition</c>); throws
    /// <see cref="FormatException"/> naming the field whose expression does not parse.
    /// </summary>
    /// <param name="errorOutput">True in a Catcher's Output and Assign, the one place <c>$states.errorOutput</c> exists.</param>
    public static JsonataTemplate Compile(JsonNode? value, string field, bool errorOutput = false)
    {
        if (JsonataText.TryUnwrap(value, out var text))
        {
            var expression = Parse(text, field, errorOutput);
            return new JsonataTemplate(scope => EvaluateExpression(expression, field, scope), expression, false, null);
        }
        var hasExpressions = false;
        var evaluate = CompileNode(value, field, errorOutput, ref hasExpressions);
        return new JsonataTemplate(evaluate, null, !hasExpressions, hasExpressions ? null : value?.DeepClone());
    }

    public JsonNode? Evaluate(JsonataScope scope) => _evaluate(scope);

    private static Func<JsonataScope, JsonNode?> CompileNode(JsonNode? node, string field, bool errorOutput, ref bool hasExpressions)
    {
        switch (node)
        {
            case JsonObject obj:
                var members = new List<(string Name, Func<JsonataScope, JsonNode?> Value)>(obj.Count);
                foreach (var (key, value) in obj)
                    members.Add((key, CompileNode(value, $"{field}/{key}", errorOutput, ref hasExpressions)));
                return scope =>
                {
                    var result = new JsonObject();
                    foreach (var (name, value) in members)
                        result[name] = value(scope);
                    return result;
                };
            case JsonArray array:
                var items = new Func<JsonataScope, JsonNode?>[array.Count];
                for (var i = 0; i < array.Count; i++)
                    items[i] = CompileNode(array[i], $"{field}[{i}]", errorOutput, ref hasExpressions);
                return scope =>
                {
                    var result = new JsonArray();
                    foreach (var item in items)
                        result.Add(item(scope));
                    return result;
                };
            default:
                if (JsonataText.TryUnwrap(node, out var text))
                {
                    hasExpressions = true;
                    var expression = Parse(text, field, errorOutput);
                    return scope => EvaluateExpression(expression, field, scope);
                }
                var literal = node?.DeepClone();
                return _ => literal?.DeepClone();
        }
    }

    private static JsonataExpression Parse(string text, string field, bool errorOutput)
    {
        // AWS refuses the definition (UNSUPPORTED_JSONATA_EXPRESSION "Field '$states.errorOutput' does not exist.") outside a Catcher.
        if (!errorOutput && ErrorOutputReference().IsMatch(text))
            throw new FormatException($"{field}: Field '$states.errorOutput' does not exist. It exists only in a Catcher's Output and Assign.");
        try
        {
            return JsonataExpression.Parse(text);
        }
        catch (JsonataException e)
        {
            throw new FormatException($"{field}: the JSONata expression '{text}' does not parse: {e.Message}", e);
        }
    }

    /// <summary>Evaluates one expression of the field at <paramref name="field"/>; nothing or an error is States.QueryEvaluationError.</summary>
    internal static JsonNode? EvaluateExpression(JsonataExpression expression, string field, JsonataScope scope)
    {
        bool defined;
        JsonNode? value;
        try
        {
            defined = scope.TryEvaluate(expression, out value);
        }
        catch (JsonataException e)
        {
            throw new StatesErrorException(StatesErrorNames.QueryEvaluationError,
                $"The JSONata expression '{expression.Text}' specified for the field '{field}' threw an error during evaluation. {e.Code}: {e.Message}");
        }
        if (!defined)
            throw new StatesErrorException(StatesErrorNames.QueryEvaluationError,
                $"The JSONata expression '{expression.Text}' specified for the field '{field}' returned nothing (undefined).");
        return value;
    }
}
