using ActivityAware.Local.Asl.Jsonata.Evaluation;
using ActivityAware.Local.Asl.Jsonata.Values;

namespace ActivityAware.Local.Asl.Jsonata.Ast;

/// <summary><c>and</c> / <c>or</c> on effective boolean values, the right side evaluated only when it decides.</summary>
internal sealed class LogicalNode : Node
{
    public LogicalNode(bool isAnd, Node left, Node right, int position)
        : base(position)
    {
        IsAnd = isAnd;
        Left = left;
        Right = right;
    }

    public bool IsAnd { get; }

    public Node Left { get; }

    public Node Right { get; }

    public override object? EvaluateCore(object? input, Frame environment)
    {
        var left = JsonataValues.ToBoolean(Evaluator.Evaluate(Left, input, environment)) == true;
        if (IsAnd ? !left : left)
        {
            return left;
        }

        return JsonataValues.ToBoolean(Evaluator.Evaluate(Right, input, environment)) == true;
    }
}
