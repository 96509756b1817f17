using ActivityAware.Local.Asl.Jsonata.Evaluation;
using ActivityAware.Local.Asl.Jsonata.Values;

namespace ActivityAware.Local.Asl.Jsonata.Ast;

/// <summary>Unary minus on an expression that is not a number literal.</summary>
internal sealed class NegationNode : Node
{
    public NegationNode(Node operand, int position)
        : base(position)
    {
        Operand = operand;
    }

    public Node Operand { get; }

    public override object? EvaluateCore(object? input, Frame environment)
    {
        var value = Evaluator.Evaluate(Operand, input, environment);
        if (value is null)
        {
            return null;
        }

        if (JsonataValues.IsNumeric(value))
        {
            return -(double)value;
        }

        throw JsonataErrors.Create("D1002", Position, "-", value);
    }
}
