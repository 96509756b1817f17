using ActivityAware.Local.Asl.Jsonata.Evaluation;
using ActivityAware.Local.Asl.Jsonata.Values;

namespace ActivityAware.Local.Asl.Jsonata.Functions;

/// <summary>What a built-in function sees of the evaluation: the context item, the fixed clock reading, and a way to call function arguments.</summary>
public sealed class JsonataCallContext
{
    private readonly Frame environment;

    internal JsonataCallContext(object? input, Frame environment)
    {
        Input = input;
        this.environment = environment;
    }

    /// <summary>The context item the function was called on.</summary>
    public object? Input { get; }

    /// <summary>The instant $now() and $millis() give throughout one evaluation.</summary>
    public DateTimeOffset Timestamp => environment.State?.Timestamp ?? throw new InvalidOperationException("No evaluation is running.");

    internal Frame Environment => environment;

    /// <summary>Calls a function value (a lambda, built-in or regex argument) with the given arguments.</summary>
    public object? Apply(JsonataFunction function, params object?[] arguments) =>
        FunctionApplier.Apply(function, arguments, null, environment);

    /// <summary>A function as the expression would see <c>$name</c>; null if it is not bound to a function.</summary>
    public JsonataFunction? LookupFunction(string name) => environment.Lookup(name) as JsonataFunction;
}
