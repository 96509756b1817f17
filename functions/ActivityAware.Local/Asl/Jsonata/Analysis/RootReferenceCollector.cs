using ActivityAware.Local.Asl.Jsonata.Ast;

namespace ActivityAware.Local.Asl.Jsonata.Analysis;

/// <summary>
/// What an expression reads from outside itself, in written order: names and <c>$</c> evaluated against the top-level context item, <c>$$</c>,
/// and the <c>$states.&lt;field&gt;</c> members. Only the first step of a path and the operands around it see the top-level context; later
/// steps, predicates, sort terms, group-by and transforms run over the value before them, so names there are not collected. A lambda body
/// keeps the context of the expression that defines it, so it is walked.
/// </summary>
internal static class RootReferenceCollector
{
    public const string ContextItem = "$";
    public const string Root = "$$";
    public const string StatesPrefix = "$states.";

    public static IReadOnlyList<string> Collect(Node root)
    {
        var names = new List<string>();
        Walk(root, names);
        if (!names.Contains(Root) && ContainsRoot(root))
        {
            names.Add(Root);
        }

        return names;
    }

    private static void Walk(Node? node, List<string> names)
    {
        switch (node)
        {
            case PathNode path:
                Walk(path.Steps[0], names);
                if (path.Steps is [VariableNode { Name: "states" }, NameNode field, ..])
                {
                    AddOnce(names, StatesPrefix + field.Name);
                }

                break;
            case NameNode name:
                AddOnce(names, name.Name);
                break;
            case VariableNode variable:
                if (variable.Name.Length == 0)
                {
                    AddOnce(names, ContextItem);
                }
                else if (variable.Name == "$")
                {
                    AddOnce(names, Root);
                }

                break;
            case TransformNode:
                // A transform is a function applied to a value later; its pattern and update never read the top-level context.
                break;
            default:
                WalkAll(Operands(node), names);
                break;
        }
    }

    private static void WalkAll(IEnumerable<Node?> nodes, List<string> names)
    {
        foreach (var node in nodes)
        {
            Walk(node, names);
        }
    }

    private static void AddOnce(List<string> names, string name)
    {
        if (!names.Contains(name))
        {
            names.Add(name);
        }
    }

    /// <summary><c>$$</c> anywhere, later path steps, predicates and transforms included.</summary>
    private static bool ContainsRoot(Node? node) =>
        node is not null && (node is VariableNode { Name: "$" } || Operands(node).Any(ContainsRoot) || Annotated(node));

    /// <summary>The sub-expressions a node evaluates (every step of a path), without its predicates, stages and group-by.</summary>
    private static IEnumerable<Node?> Operands(Node? node) => node switch
    {
        PathNode path => path.Steps,
        NegationNode negation => [negation.Operand],
        BinaryNode binary => [binary.Left, binary.Right],
        LogicalNode logical => [logical.Left, logical.Right],
        ApplyNode apply => [apply.Left, apply.Right],
        FunctionCallNode call => call.Arguments.Prepend(call.Procedure),
        PartialApplicationNode partial => partial.Arguments.Prepend(partial.Procedure),
        LambdaNode lambda => [lambda.Body],
        ConditionNode condition => [condition.Condition, condition.Then, condition.Otherwise],
        BlockNode block => block.Expressions,
        BindNode bind => [bind.Value],
        ArrayConstructorNode array => array.Items,
        ObjectConstructorNode obj => obj.Pairs.Pairs.SelectMany(p => new Node?[] { p.Key, p.Value }),
        TransformNode transform => [transform.Pattern, transform.Update, transform.Delete],
        _ => [],
    };

    private static bool Annotated(Node node) =>
        (node.Predicates?.Any(ContainsRoot) ?? false)
        || (node.Stages?.Any(s => ContainsRoot(s.Filter)) ?? false)
        || (node.Group?.Pairs.Any(p => ContainsRoot(p.Key) || ContainsRoot(p.Value)) ?? false);
}
