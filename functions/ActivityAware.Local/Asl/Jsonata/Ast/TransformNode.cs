using ActivityAware.Local.Asl.Jsonata.Evaluation;

namespace ActivityAware.Local.Asl.Jsonata.Ast;

/// <summary><c>| pattern | update, delete |</c>: a function that copies its argument and changes the matched objects.</summary>
internal sealed class TransformNode : Node
{
    public TransformNode(Node pattern, Node update, Node? delete, int position)
        : base(position)
    {
        Pattern = pattern;
        Update = update;
        Delete = delete;
    }

    public Node Pattern { get; }

    public Node Update { get; }

    public Node? Delete { get; }

    public override object? EvaluateCore(object? input, Frame environment) => new TransformFunction(this, environment);
}
