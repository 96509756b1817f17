using ActivityAware.Local.Asl.Jsonata.Evaluation;
using ActivityAware.Local.Asl.Jsonata.Functions;

namespace ActivityAware.Local.Asl.Jsonata.Values;

/// <summary>A function value: a built-in, a lambda, a partial application, a composition or a regex.</summary>
public abstract class JsonataFunction
{
    /// <summary>How many arguments the function declares; higher-order functions pass index and array only when it takes them.</summary>
    public abstract int Arity { get; }

    internal virtual FunctionSignature? Signature => null;

    /// <summary>Runs the function on arguments already checked against its signature. A lambda may return a tail-call thunk.</summary>
    internal abstract object? Invoke(IReadOnlyList<object?> arguments, object? input, Frame environment);
}
