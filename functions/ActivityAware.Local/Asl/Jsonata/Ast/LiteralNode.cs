using ActivityAware.Local.Asl.Jsonata.Evaluation;

namespace ActivityAware.Local.Asl.Jsonata.Ast;

/// <summary>A string, number, true, false or null literal.</summary>
internal sealed class LiteralNode : Node
{
    public LiteralNode(object value, int position)
        : base(position)
    {
        Value = value;
    }

    public object Value { get; }

    public override object? EvaluateCore(object? input, Frame environment) => Value;
}
