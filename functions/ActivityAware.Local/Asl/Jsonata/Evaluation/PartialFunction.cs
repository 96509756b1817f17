using ActivityAware.Local.Asl.Jsonata.Values;

namespace ActivityAware.Local.Asl.Jsonata.Evaluation;

/// <summary>A built-in function partially applied: calls fill its placeholder arguments in order.</summary>
internal sealed class PartialFunction : JsonataFunction
{
    private readonly JsonataFunction target;
    private readonly IReadOnlyList<object?> arguments;
    private readonly IReadOnlyList<bool> holes;

    public PartialFunction(JsonataFunction target, IReadOnlyList<object?> arguments, IReadOnlyList<bool> holes)
    {
        this.target = target;
        this.arguments = arguments;
        this.holes = holes;
    }

    public override int Arity => holes.Count(hole => hole);

    internal override object? Invoke(IReadOnlyList<object?> supplied, object? input, Frame environment)
    {
        var filled = new List<object?>(arguments.Count);
        var next = 0;
        for (var i = 0; i < arguments.Count; i++)
        {
            filled.Add(holes[i] ? (next < supplied.Count ? supplied[next++] : null) : arguments[i]);
        }

        var declared = target.Signature?.ParameterCount ?? target.Arity;
        if (filled.Count > declared)
        {
            filled.RemoveRange(declared, filled.Count - declared);
        }

        return FunctionApplier.Apply(target, filled, input, environment);
    }
}
