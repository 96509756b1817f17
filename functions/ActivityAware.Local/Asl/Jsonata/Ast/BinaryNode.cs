using ActivityAware.Local.Asl.Jsonata.Evaluation;

namespace ActivityAware.Local.Asl.Jsonata.Ast;

/// <summary>An arithmetic, comparison, concatenation (<c>&amp;</c>), range (<c>..</c>) or inclusion (<c>in</c>) operator.</summary>
internal sealed class BinaryNode : Node
{
    public BinaryNode(string op, Node left, Node right, int position)
        : base(position)
    {
        Operator = op;
        Left = left;
        Right = right;
    }

    public string Operator { get; }

    public Node Left { get; }

    public Node Right { get; }

    public override object? EvaluateCore(object? input, Frame environment)
    {
        var left = Evaluator.Evaluate(Left, input, environment);
        var right = Evaluator.Evaluate(Right, input, environment);
        try
        {
            return BinaryOperators.Apply(Operator, left, right);
        }
        catch (JsonataException error) when (error.LocateAt(Position, Operator))
        {
            throw;
        }
    }
}
