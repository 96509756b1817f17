using ActivityAware.Local.Asl.Jsonata.Evaluation;

namespace ActivityAware.Local.Asl.Jsonata.Ast;

/// <summary><c>$name := value</c>: binds in the current scope and gives the value.</summary>
internal sealed class BindNode : Node
{
    public BindNode(string variable, Node value, int position)
        : base(position)
    {
        Variable = variable;
        Value = value;
    }

    public string Variable { get; }

    public Node Value { get; }

    public override object? EvaluateCore(object? input, Frame environment)
    {
        var value = Evaluator.Evaluate(Value, input, environment);
        environment.Bind(Variable, value);
        return value;
    }
}
