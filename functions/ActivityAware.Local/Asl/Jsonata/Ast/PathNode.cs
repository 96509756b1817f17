using ActivityAware.Local.Asl.Jsonata.Evaluation;

namespace ActivityAware.Local.Asl.Jsonata.Ast;

/// <summary>A location path <c>a.b.c</c>: steps evaluated in turn over the sequence the previous step produced.</summary>
internal sealed class PathNode : Node
{
    public PathNode(Node firstStep)
        : base(firstStep.Position)
    {
        Steps.Add(firstStep);
    }

    public List<Node> Steps { get; } = [];

    /// <summary>A step asked for <c>[]</c>: a one-item result stays an array.</summary>
    public bool KeepSingletonArray { get; set; }

    public override object? EvaluateCore(object? input, Frame environment) => PathEvaluator.Evaluate(this, input, environment);
}
