using System.Text.Json.Nodes;
using ActivityAware.Local.Asl.JsonPath;
using ActivityAware.Local.Asl.Variables;

namespace ActivityAware.Local.Asl;

/// <summary>
/// What a path or intrinsic function can read: the state's input (<c>$</c>), the context object (<c>$$</c>) and the workflow variables
/// (<c>$name</c>, from <see cref="VariableScope.Current"/>). The context object is built on first use: most states never read it, and it
/// carries a copy of the execution input.
/// </summary>
public sealed class EvaluationScope
{
    private readonly Lazy<JsonNode?> _context;

    public EvaluationScope(JsonNode? input, JsonNode? context, Random random)
        : this(input, new Lazy<JsonNode?>(context), random)
    {
    }

    public EvaluationScope(JsonNode? input, Func<JsonNode?> contextFactory, Random random)
        : this(input, new Lazy<JsonNode?>(contextFactory), random)
    {
    }

    private EvaluationScope(JsonNode? input, Lazy<JsonNode?> context, Random random)
    {
        Input = input;
        _context = context;
        Random = random;
    }

    public JsonNode? Input { get; }

    public JsonNode? Context => _context.Value;

    public Random Random { get; }

    /// <summary>
    /// The same context and random over another input (ResultSelector and Assign read the task result as <c>$</c>, a Catch's Assign the
    /// error output).
    /// </summary>
    public EvaluationScope WithInput(JsonNode? input) => new(input, _context, Random);

    public bool TryResolve(JsonPathExpression path, out JsonNode? value) => path.TrySelect(RootFor(path), out value);

    /// <summary>What the path starts from; a variable no state has assigned is States.Runtime.</summary>
    public JsonNode? RootFor(JsonPathExpression path) => path.Variable is { } name ? VariableScope.Read(name) : path.IsContext ? Context : Input;
}
