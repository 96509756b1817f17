using ActivityAware.Local.Asl.Jsonata.Evaluation;

namespace ActivityAware.Local.Asl.Jsonata.Ast;

/// <summary>The <c>?</c> argument of a partial application.</summary>
internal sealed class PlaceholderNode : Node
{
    public PlaceholderNode(int position)
        : base(position)
    {
    }

    public override object? EvaluateCore(object? input, Frame environment) => null;
}
