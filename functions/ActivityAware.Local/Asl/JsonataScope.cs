using System.Text.Json.Nodes;
using ActivityAware.Local.Asl.Jsonata;
using ActivityAware.Local.Asl.Variables;

namespace ActivityAware.Local.Asl;

/// <summary>
/// What a JSONata expression of a state can read: <c>$states.input</c>, <c>$states.context</c>, <c>$states.result</c> (after a Task, Map or
/// Parallel succeeded), <c>$states.errorOutput</c> (in a Catch) and the workflow variables as <c>$name</c>, from
/// <see cref="VariableScope.Current"/>. The context object is built on first use.
/// </summary>
public sealed class JsonataScope
{
    private readonly Lazy<JsonNode?> _context;
    private readonly JsonNode? _result;
    private readonly JsonNode? _errorOutput;
    private readonly bool _hasResult;
    private readonly bool _hasErrorOutput;

    public JsonataScope(JsonNode? input, Func<JsonNode?> context, TimeProvider clock)
        : this(input, new Lazy<JsonNode?>(context), clock, null, false, null, false)
    {
    }

    private JsonataScope(JsonNode? input, Lazy<JsonNode?> context, TimeProvider clock, JsonNode? result, bool hasResult, JsonNode? errorOutput, bool hasErrorOutput)
    {
        Input = input;
        _context = context;
        Clock = clock;
        _result = result;
        _hasResult = hasResult;
        _errorOutput = errorOutput;
        _hasErrorOutput = hasErrorOutput;
    }

    public JsonNode? Input { get; }

    public TimeProvider Clock { get; }

    /// <summary>The same input and context with <c>$states.result</c> (a Task's, Map's or Parallel's result).</summary>
    public JsonataScope WithResult(JsonNode? result) => new(Input, _context, Clock, result, true, null, false);

    /// <summary>The same input and context with <c>$states.errorOutput</c> (a Catch's Output and Assign).</summary>
    public JsonataScope WithErrorOutput(JsonNode? errorOutput) => new(Input, _context, Clock, null, false, errorOutput, true);

    /// <summary>
    /// Evaluates with <c>$states</c> and the variables bound; false when the result is undefined. The <c>$states</c> members are the
    /// scope's own nodes, lent for the call (a node without a parent is attached and detached again; one with a parent is copied).
    /// </summary>
    public bool TryEvaluate(JsonataExpression expression, out JsonNode? value)
    {
        var states = new JsonObject();
        try
        {
            states["input"] = Lend(Input);
            states["context"] = Lend(_context.Value);
            if (_hasResult)
                states["result"] = Lend(_result);
            if (_hasErrorOutput)
                states["errorOutput"] = Lend(_errorOutput);
            return expression.TryEvaluate(new JsonataBindings(new WorkflowVariables(states), Clock), out value);
        }
        finally
        {
            states.Clear();
        }
    }

    private static JsonNode? Lend(JsonNode? node) => node?.Parent is null ? node : node.DeepClone();
}
