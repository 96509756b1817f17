using ActivityAware.Local.Asl.Jsonata.Evaluation;
using ActivityAware.Local.Asl.Jsonata.Values;

namespace ActivityAware.Local.Asl.Jsonata.Ast;

/// <summary>
/// The 2.0 operators <c>a ?: b</c> (a when its effective boolean value is true, else b) and
/// <c>a ?? b</c> (a when it has a value, else b).
/// </summary>
internal sealed class DefaultNode : Node
{
    public DefaultNode(bool isCoalescing, Node left, Node right, int position)
        : base(position)
    {
        IsCoalescing = isCoalescing;
        Left = left;
        Right = right;
    }

    public bool IsCoalescing { get; }

    public Node Left { get; }

    public Node Right { get; }

    public override object? EvaluateCore(object? input, Frame environment)
    {
        var left = Evaluator.Evaluate(Left, input, environment);
        var keepLeft = IsCoalescing ? left is not null : JsonataValues.ToBoolean(left) == true;
        return keepLeft ? left : Evaluator.Evaluate(Right, input, environment);
    }
}
