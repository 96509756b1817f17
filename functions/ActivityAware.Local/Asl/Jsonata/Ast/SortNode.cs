using ActivityAware.Local.Asl.Jsonata.Evaluation;

namespace ActivityAware.Local.Asl.Jsonata.Ast;

/// <summary>The order-by step <c>^(&lt;a, &gt;b)</c>; it sorts the whole input sequence of its path.</summary>
internal sealed class SortNode : Node
{
    public SortNode(IReadOnlyList<SortTerm> terms, int position)
        : base(position)
    {
        Terms = terms;
    }

    public IReadOnlyList<SortTerm> Terms { get; }

    public override object? EvaluateCore(object? input, Frame environment) => SortEvaluator.Sort(this, input, environment);
}
