using ActivityAware.Local.Asl.Jsonata.Ast;
using ActivityAware.Local.Asl.Jsonata.Functions;
using ActivityAware.Local.Asl.Jsonata.Values;

namespace ActivityAware.Local.Asl.Jsonata.Evaluation;

/// <summary>A lambda closure: its parameters are bound in a scope inside the one it was defined in, its body runs on the context it was defined on.</summary>
internal sealed class LambdaFunction : JsonataFunction
{
    private readonly FunctionSignature? signature;

    public LambdaFunction(IReadOnlyList<string> parameters, FunctionSignature? signature, Node body, object? input, Frame environment, bool isThunk)
    {
        Parameters = parameters;
        this.signature = signature;
        Body = body;
        Input = input;
        Environment = environment;
        IsThunk = isThunk;
    }

    public IReadOnlyList<string> Parameters { get; }

    public Node Body { get; }

    public object? Input { get; }

    public Frame Environment { get; }

    public bool IsThunk { get; }

    public override int Arity => Parameters.Count;

    internal override FunctionSignature? Signature => signature;

    internal override object? Invoke(IReadOnlyList<object?> arguments, object? input, Frame environment)
    {
        var frame = new Frame(Environment);
        for (var i = 0; i < Parameters.Count; i++)
        {
            frame.Bind(Parameters[i], i < arguments.Count ? arguments[i] : null);
        }

        return Evaluator.Evaluate(Body, Input, frame);
    }

    /// <summary>A lambda of the placeholder parameters, the others bound to the given values; the signature is dropped as in jsonata-js.</summary>
    public LambdaFunction PartiallyApply(IReadOnlyList<object?> arguments, IReadOnlyList<bool> holes)
    {
        var frame = new Frame(Environment);
        var unbound = new List<string>();
        for (var i = 0; i < Parameters.Count; i++)
        {
            if (i < arguments.Count && holes[i])
            {
                unbound.Add(Parameters[i]);
            }
            else
            {
                frame.Bind(Parameters[i], i < arguments.Count ? arguments[i] : null);
            }
        }

        return new LambdaFunction(unbound, null, Body, Input, frame, isThunk: false);
    }
}
