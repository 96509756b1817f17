using ActivityAware.Local.Asl.Jsonata.Evaluation;
using ActivityAware.Local.Asl.Jsonata.Values;

namespace ActivityAware.Local.Asl.Jsonata.Functions;

/// <summary>A built-in function: its name without '$', its JSONata signature and its body.</summary>
public sealed class NativeFunction : JsonataFunction
{
    private readonly FunctionSignature signature;
    private readonly JsonataFunctionImplementation implementation;
    private readonly int arity;

    /// <param name="arity">How many arguments higher-order functions pass it, when not every signature parameter
    /// (jsonata-js counts a JavaScript function's parameters before the first default, e.g. 1 for $string).</param>
    public NativeFunction(string name, string signature, JsonataFunctionImplementation implementation, int? arity = null)
    {
        Name = name;
        this.signature = FunctionSignature.Parse(signature);
        this.implementation = implementation;
        this.arity = arity ?? this.signature.ParameterCount;
    }

    public string Name { get; }

    public override int Arity => arity;

    internal override FunctionSignature Signature => signature;

    internal override object? Invoke(IReadOnlyList<object?> arguments, object? input, Frame environment)
    {
        try
        {
            return implementation(new JsonataCallContext(input, environment), arguments);
        }
        catch (JsonataException error) when (error.Locate(null, Name))
        {
            throw;
        }
    }
}
