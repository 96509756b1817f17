using System.Text.Json.Nodes;
using ActivityAware.Local.Asl.Jsonata.Ast;
using ActivityAware.Local.Asl.Jsonata.Evaluation;
using ActivityAware.Local.Asl.Jsonata.Functions;
using ActivityAware.Local.Asl.Jsonata.Parsing;
using ActivityAware.Local.Asl.Jsonata.Values;

namespace ActivityAware.Local.Asl.Jsonata;

/// <summary>A parsed JSONata 2.0.6 expression; immutable, so one instance may be evaluated concurrently.</summary>
public sealed class JsonataExpression
{
    private readonly Node ast;

    private JsonataExpression(string text, Node ast)
    {
        Text = text;
        this.ast = ast;
    }

    public string Text { get; }

    /// <summary>Parses the text; a syntax error is a JsonataException with an S0xxx code and its position.</summary>
    public static JsonataExpression Parse(string text) => new(text, Parser.Parse(text));

    /// <summary>Evaluates with no input document ($ is undefined). False when the result is undefined.</summary>
    public bool TryEvaluate(JsonataBindings bindings, out JsonNode? result) => TryEvaluateValue(null, bindings, out result);

    /// <summary>Evaluates against an input document (a null node is JSON null). False when the result is undefined.</summary>
    public bool TryEvaluate(JsonNode? input, JsonataBindings bindings, out JsonNode? result) =>
        TryEvaluateValue(JsonNodeConversion.FromNode(input), bindings, out result);

    private bool TryEvaluateValue(object? input, JsonataBindings bindings, out JsonNode? result)
    {
        var value = Evaluate(input, bindings);
        if (value is null or JsonataFunction)
        {
            result = null;
            return false;
        }

        result = JsonNodeConversion.ToNode(value);
        return true;
    }

    private object? Evaluate(object? input, JsonataBindings bindings)
    {
        var state = new EvaluationState(bindings.Clock.GetUtcNow(), bindings.Clock);
        var environment = new Frame(BuiltInFunctions.Environment, state);
        foreach (var (name, node) in bindings.Variables)
        {
            environment.Bind(name, JsonNodeConversion.FromNode(node));
        }

        environment.Bind("$", input);
        if (input is JsonataArray array)
        {
            var wrapper = JsonataArray.CreateSequence(array);
            wrapper.OuterWrapper = true;
            input = wrapper;
        }

        return Evaluator.Evaluate(ast, input, environment);
    }
}
