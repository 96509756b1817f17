using ActivityAware.Local.Asl.Jsonata.Evaluation;
using ActivityAware.Local.Asl.Jsonata.Values;

namespace ActivityAware.Local.Asl.Jsonata.Ast;

/// <summary><c>condition ? then : else</c>; without an else branch a false condition gives undefined.</summary>
internal sealed class ConditionNode : Node
{
    public ConditionNode(Node condition, Node then, Node? otherwise, int position)
        : base(position)
    {
        Condition = condition;
        Then = then;
        Otherwise = otherwise;
    }

    public Node Condition { get; }

    public Node Then { get; set; }

    public Node? Otherwise { get; set; }

    public override object? EvaluateCore(object? input, Frame environment)
    {
        if (JsonataValues.ToBoolean(Evaluator.Evaluate(Condition, input, environment)) == true)
        {
            return Evaluator.Evaluate(Then, input, environment);
        }

        return Otherwise is null ? null : Evaluator.Evaluate(Otherwise, input, environment);
    }
}
