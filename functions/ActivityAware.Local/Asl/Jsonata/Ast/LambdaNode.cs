using ActivityAware.Local.Asl.Jsonata.Evaluation;
using ActivityAware.Local.Asl.Jsonata.Functions;

namespace ActivityAware.Local.Asl.Jsonata.Ast;

/// <summary>
/// <c>function($a, $b)&lt;sig&gt; { body }</c>: a closure over the scope and context it is evaluated in.
/// A thunk is the parser's wrapper around a call in tail position: applying it loops instead of recursing.
/// </summary>
internal sealed class LambdaNode : Node
{
    public LambdaNode(IReadOnlyList<string> parameters, FunctionSignature? signature, Node body, bool isThunk, int position)
        : base(position)
    {
        Parameters = parameters;
        Signature = signature;
        Body = body;
        IsThunk = isThunk;
    }

    public IReadOnlyList<string> Parameters { get; }

    public FunctionSignature? Signature { get; }

    public Node Body { get; }

    public bool IsThunk { get; }

    public override object? EvaluateCore(object? input, Frame environment) =>
        new LambdaFunction(Parameters, Signature, Body, input, environment, IsThunk);
}
