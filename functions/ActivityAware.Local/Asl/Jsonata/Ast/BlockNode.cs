using ActivityAware.Local.Asl.Jsonata.Evaluation;

namespace ActivityAware.Local.Asl.Jsonata.Ast;

/// <summary><c>(a; b; c)</c>: expressions in a new variable scope; the value is the last one's.</summary>
internal sealed class BlockNode : Node
{
    public BlockNode(List<Node> expressions, int position)
        : base(position)
    {
        Expressions = expressions;
    }

    public List<Node> Expressions { get; }

    public override object? EvaluateCore(object? input, Frame environment)
    {
        var frame = new Frame(environment);
        object? result = null;
        foreach (var expression in Expressions)
        {
            result = Evaluator.Evaluate(expression, input, frame);
        }

        return result;
    }
}
