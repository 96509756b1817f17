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
            case NegationNode negation:
                Walk(negation.Operand, names);
                break;
            case BinaryNode binary:
                Walk(binary.Left, names);
                Walk(binary.Right, names);
                break;
            case LogicalNode logical:
                Walk(logical.Left, names);
                Walk(logical.Right, names);
                break;
            case ApplyNode apply:
                Walk(apply.Left, names);
                Walk(apply.Right, names);
                break;
            case FunctionCallNode call:
                Walk(call.Procedure, names);
                WalkAll(call.Arguments, names);
                break;
            case PartialApplicationNode partial:
                Walk(partial.Procedure, names);
                WalkAll(partial.Arguments, names);
                break;
            case LambdaNode lambda:
                Walk(lambda.Body, names);
                break;
            case ConditionNode condition:
                Walk(condition.Condition, names);
                Walk(condition.Then, names);
                Walk(condition.Otherwise, names);
                break;
            case BlockNode block:
                WalkAll(block.Expressions, names);
                break;
            case BindNode bind:
                Walk(bind.Value, names);
                break;
            case ArrayConstructorNode array:
                WalkAll(array.Items, names);
                break;
            case ObjectConstructorNode obj:
                foreach (var (key, value) in obj.Pairs.Pairs)
                {
                    Walk(key, names);
                    Walk(value, names);
                }

                break;
        }
    }

    private static void WalkAll(IEnumerable<Node> nodes, List<string> names)
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

    /// <summary><c>$$</c> anywhere, later path steps and predicates included.</summary>
    private static bool ContainsRoot(Node? node) => node switch
    {
        null => false,
        VariableNode variable => variable.Name == "$" || Annotated(node),
        PathNode path => path.Steps.Any(ContainsRoot) || Annotated(node),
        NegationNode negation => ContainsRoot(negation.Operand) || Annotated(node),
        BinaryNode binary => ContainsRoot(binary.Left) || ContainsRoot(binary.Right) || Annotated(node),
        LogicalNode logical => ContainsRoot(logical.Left) || ContainsRoot(logical.Right) || Annotated(node),
        ApplyNode apply => ContainsRoot(apply.Left) || ContainsRoot(apply.Right) || Annotated(node),
        FunctionCallNode call => ContainsRoot(call.Procedure) || call.Arguments.Any(ContainsRoot) || Annotated(node),
        PartialApplicationNode partial => ContainsRoot(partial.Procedure) || partial.Arguments.Any(ContainsRoot) || Annotated(node),
        LambdaNode lambda => ContainsRoot(lambda.Body) || Annotated(node),
        ConditionNode condition => ContainsRoot(condition.Condition) || ContainsRoot(condition.Then) || ContainsRoot(condition.Otherwise) || Annotated(node),
        BlockNode block => block.Expressions.Any(ContainsRoot) || Annotated(node),
        BindNode bind => ContainsRoot(bind.Value) || Annotated(node),
        ArrayConstructorNode array => array.Items.Any(ContainsRoot) || Annotated(node),
        ObjectConstructorNode obj => obj.Pairs.Pairs.Any(p => ContainsRoot(p.Key) || ContainsRoot(p.Value)) || Annotated(node),
        TransformNode transform => ContainsRoot(transform.Pattern) || ContainsRoot(transform.Update) || ContainsRoot(transform.Delete) || Annotated(node),
        _ => Annotated(node),
    };

    private static bool Annotated(Node node) =>
        (node.Predicates?.Any(ContainsRoot) ?? false)
        || (node.Stages?.Any(s => ContainsRoot(s.Filter)) ?? false)
        || (node.Group?.Pairs.Any(p => ContainsRoot(p.Key) || ContainsRoot(p.Value)) ?? false);
}
