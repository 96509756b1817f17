using ActivityAware.Local.Asl.Jsonata.Evaluation;
using ActivityAware.Local.Asl.Jsonata.Values;

namespace ActivityAware.Local.Asl.Jsonata.Ast;

/// <summary><c>value ~&gt; $f(args)</c> calls $f with value first; <c>$f ~&gt; $g</c> composes two functions.</summary>
internal sealed class ApplyNode : Node
{
    public ApplyNode(Node left, Node right, int position)
        : base(position)
    {
        Left = left;
        Right = right;
    }

    public Node Left { get; }

    public Node Right { get; }

    public override object? EvaluateCore(object? input, Frame environment)
    {
        var left = Evaluator.Evaluate(Left, input, environment);
        if (Right is FunctionCallNode call)
        {
            return call.Invoke(input, environment, left, hasApplyTo: true);
        }

        var function = Evaluator.Evaluate(Right, input, environment);
        if (function is not JsonataFunction right)
        {
            throw JsonataErrors.Create("T2006", Position, value: function);
        }

        if (left is JsonataFunction first)
        {
            return new ComposedFunction(first, right);
        }

        return FunctionApplier.Apply(right, [left], null, environment);
    }
}
