using ActivityAware.Local.Asl.Jsonata.Values;

namespace ActivityAware.Local.Asl.Jsonata.Evaluation;

/// <summary><c>$f ~&gt; $g</c> on two functions: a function of one argument x giving $g($f(x)).</summary>
internal sealed class ComposedFunction : JsonataFunction
{
    private readonly JsonataFunction first;
    private readonly JsonataFunction second;

    public ComposedFunction(JsonataFunction first, JsonataFunction second)
    {
        this.first = first;
        this.second = second;
    }

    public override int Arity => 1;

    internal override object? Invoke(IReadOnlyList<object?> arguments, object? input, Frame environment)
    {
        var inner = FunctionApplier.Apply(first, [arguments.Count > 0 ? arguments[0] : null], null, environment);
        return FunctionApplier.Apply(second, [inner], null, environment);
    }
}
