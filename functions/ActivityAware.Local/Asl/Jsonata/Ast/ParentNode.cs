using ActivityAware.Local.Asl.Jsonata.Evaluation;

namespace ActivityAware.Local.Asl.Jsonata.Ast;

/// <summary><c>%</c>: the context item of the step the parser found for this slot, bound in the tuple stream.</summary>
internal sealed class ParentNode : Node
{
    public ParentNode(AncestorSlot slot, int position)
        : base(position)
    {
        Slot = slot;
    }

    public AncestorSlot Slot { get; }

    public override object? EvaluateCore(object? input, Frame environment) => environment.Lookup(Slot.Label);
}
