using ActivityAware.Local.Asl.Jsonata.Evaluation;

namespace ActivityAware.Local.Asl.Jsonata.Ast;

/// <summary><c>{key: value, …}</c> on its own: a group-by over the context item.</summary>
internal sealed class ObjectConstructorNode : Node
{
    public ObjectConstructorNode(GroupClause pairs, int position)
        : base(position)
    {
        Pairs = pairs;
    }

    public GroupClause Pairs { get; }

    public override object? EvaluateCore(object? input, Frame environment) => GroupEvaluator.Evaluate(Pairs, input, environment);
}
