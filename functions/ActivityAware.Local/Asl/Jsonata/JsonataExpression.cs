using System.Runtime.ExceptionServices;
using System.Text.Json.Nodes;
using ActivityAware.Local.Asl.Jsonata.Analysis;
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

    /// <summary>
    /// What the expression reads from outside itself, in written order: field names and <c>$</c> read from the top-level context item,
    /// <c>$$</c>, and <c>$states.&lt;field&gt;</c> members (<c>"$states.result"</c>). Variables other than <c>$states</c> are not listed.
    /// </summary>
    public IReadOnlyList<string> RootReferences() => RootReferenceCollector.Collect(ast);

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

    /// <summary>Nesting the caller's thread is trusted with (a 1 MB stack holds several times this).</summary>
    private const int CallerThreadMaxDepth = 1_500;

    /// <summary>Nesting allowed on the large-stack thread, far below what its stack holds.</summary>
    private const int LargeStackMaxDepth = 200_000;

    private const int LargeStackBytes = 512 * 1024 * 1024;

    private object? Evaluate(object? input, JsonataBindings bindings)
    {
        var timestamp = bindings.Clock.GetUtcNow();
        try
        {
            return Evaluate(input, bindings, new EvaluationState(timestamp, CallerThreadMaxDepth, onLargeStack: false));
        }
        catch (EvaluationTooDeepException)
        {
            return EvaluateOnLargeStack(input, bindings, timestamp);
        }
    }

    /// <summary>Deep (non-tail) recursion runs again from the start on a thread whose stack holds it; evaluation has no side effects to repeat.</summary>
    private object? EvaluateOnLargeStack(object? input, JsonataBindings bindings, DateTimeOffset timestamp)
    {
        object? result = null;
        ExceptionDispatchInfo? failure = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    result = Evaluate(input, bindings, new EvaluationState(timestamp, LargeStackMaxDepth, onLargeStack: true));
                }
                catch (Exception error)
                {
                    failure = ExceptionDispatchInfo.Capture(error);
                }
            },
            LargeStackBytes);
        thread.Start();
        thread.Join();
        failure?.Throw();
        return result;
    }

    private object? Evaluate(object? input, JsonataBindings bindings, EvaluationState state)
    {
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
