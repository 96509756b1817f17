using System.Text.Json.Nodes;
using ActivityAware.Local.Asl.Jsonata;

namespace ActivityAware.Local.Asl.Definition;

/// <summary>
/// A field of a JSONata state (Arguments, Output, Assign, Items, Seconds, …): a string that is exactly <c>{% expression %}</c> is a JSONata
/// expression, objects and arrays are walked member by member, everything else is a literal. Compiled at load; evaluated in a
/// <see cref="JsonataScope"/>. An expression that yields nothing, or fails, is States.QueryEvaluationError naming the expression and the
/// field it sits in (<c>Output/a/b[0]</c>), as Step Functions words it.
/// </summary>
public sealed class JsonataTemplate
{
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
    /// <see cref="JsonataFieldException"/> naming the field whose expression Step Functions would refuse.
    /// </summary>
    /// <param name="fields">The <c>$states</c> members the field may read besides input and context.</param>
    public static JsonataTemplate Compile(JsonNode? value, string field, StatesFields fields = StatesFields.None)
    {
        if (JsonataText.TryUnwrap(value, out var text))
        {
            var expression = Parse(text, field, fields);
            return new JsonataTemplate(scope => EvaluateExpression(expression, field, scope), expression, false, null);
        }
        var hasExpressions = false;
        var evaluate = CompileNode(value, field, fields, ref hasExpressions);
        return new JsonataTemplate(evaluate, null, !hasExpressions, hasExpressions ? null : value?.DeepClone());
    }

    public JsonNode? Evaluate(JsonataScope scope) => _evaluate(scope);

    private static Func<JsonataScope, JsonNode?> CompileNode(JsonNode? node, string field, StatesFields fields, ref bool hasExpressions)
    {
        switch (node)
        {
            case JsonObject obj:
                var members = new List<(string Name, Func<JsonataScope, JsonNode?> Value)>(obj.Count);
                foreach (var (key, value) in obj)
                    members.Add((key, CompileNode(value, $"{field}/{key}", fields, ref hasExpressions)));
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
                    items[i] = CompileNode(array[i], $"{field}[{i}]", fields, ref hasExpressions);
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
                    var expression = Parse(text, field, fields);
                    return scope => EvaluateExpression(expression, field, scope);
                }
                var literal = node?.DeepClone();
                return _ => literal?.DeepClone();
        }
    }

    /// <summary>
    /// Parses one expression and refuses, as Step Functions does at creation (wording as AWS's ValidateStateMachineDefinition gives it), a
    /// syntax error, <c>$$</c>, a field name or <c>$</c> read from the top-level context (a JSONata state's expression has no context item: the
    /// input is <c>$states.input</c>), and <c>$states.result</c> or <c>$states.errorOutput</c> where the state has none.
    /// </summary>
    private static JsonataExpression Parse(string text, string field, StatesFields fields)
    {
        JsonataExpression expression;
        try
        {
            expression = JsonataExpression.Parse(text);
        }
        catch (JsonataException e)
        {
            var at = e.Position is { } position ? $" at position {position}" : "";
            throw new JsonataFieldException(JsonataFieldException.Invalid, field, $"{e.Message} ({e.Code}{at} of '{text}')", e);
        }
        foreach (var reference in expression.RootReferences())
        {
            if (Refusal(reference, fields) is { } reason)
                throw new JsonataFieldException(JsonataFieldException.Unsupported, field, reason);
        }
        return expression;
    }

    private static string? Refusal(string reference, StatesFields fields) => reference switch
    {
        "$$" => "Reference to '$$' is not supported.",
        "$states.input" or "$states.context" => null,
        "$states.result" => (fields & StatesFields.Result) != 0 ? null : "Field '$states.result' does not exist.",
        "$states.errorOutput" => (fields & StatesFields.ErrorOutput) != 0 ? null : "Field '$states.errorOutput' does not exist.",
        _ when reference.StartsWith("$states.", StringComparison.Ordinal) => null,
        _ => $"Reference to '{reference}' at the top level is not supported.",
    };

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
                $"The JSONata expression '{expression.Text}' specified for the field '{field}' threw an error during evaluation. {e.Code}: {e.Message}")
            {
                EvaluationField = field,
            };
        }
        if (!defined)
            throw new StatesErrorException(StatesErrorNames.QueryEvaluationError,
                $"The JSONata expression '{expression.Text}' specified for the field '{field}' returned nothing (undefined).")
            {
                EvaluationField = field,
            };
        return value;
    }
}
