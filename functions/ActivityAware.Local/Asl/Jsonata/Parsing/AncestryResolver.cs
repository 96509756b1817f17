using ActivityAware.Local.Asl.Jsonata.Ast;

namespace ActivityAware.Local.Asl.Jsonata.Parsing;

/// <summary>
/// Ties each parent operator (<c>%</c>) to the earlier path step whose context item it refers to, as jsonata-js's
/// parser does: slots bubble up through enclosing nodes until a path can walk back to a name or wildcard step.
/// </summary>
internal sealed class AncestryResolver
{
    private int labelCounter;

    public ParentNode CreateParent(int position) => new(new AncestorSlot("!" + labelCounter++), position);

    /// <summary>Passes the unresolved parent slots of a child node up to its parent node.</summary>
    public static void Push(Node result, Node value)
    {
        if (value.SeekingParent is null && value is not ParentNode)
        {
            return;
        }

        var slots = value.SeekingParent ?? [];
        if (value is ParentNode parent)
        {
            slots.Add(parent.Slot);
        }

        if (result.SeekingParent is null)
        {
            result.SeekingParent = slots;
        }
        else
        {
            result.SeekingParent.AddRange(slots);
        }
    }

    /// <summary>Resolves the slots the path's last step seeks against the earlier steps; what remains seeks further out.</summary>
    public static void Resolve(PathNode path)
    {
        var last = path.Steps[^1];
        var slots = last.SeekingParent ?? [];
        if (last is ParentNode parent)
        {
            slots.Add(parent.Slot);
        }

        for (var s = 0; s < slots.Count; s++)
        {
            var slot = slots[s];
            var index = path.Steps.Count - 2;
            while (slot.Level > 0)
            {
                if (index < 0)
                {
                    (path.SeekingParent ??= []).Add(slot);
                    break;
                }

                var step = path.Steps[index--];
                while (index >= 0 && step.Focus is not null && path.Steps[index].Focus is not null)
                {
                    step = path.Steps[index--];
                }

                slot = Seek(step, slot);
            }
        }
    }

    /// <summary>Walks back from a step for the one that binds the slot's parent.</summary>
    public static AncestorSlot Seek(Node node, AncestorSlot slot)
    {
        switch (node)
        {
            case NameNode or WildcardNode:
                slot.Level--;
                if (slot.Level == 0)
                {
                    if (node.Ancestor is not null)
                    {
                        slot.Label = node.Ancestor.Label;
                    }

                    node.Ancestor = slot;
                    node.Tuple = true;
                }

                break;
            case ParentNode:
                slot.Level++;
                break;
            case BlockNode block:
                if (block.Expressions.Count > 0)
                {
                    block.Tuple = true;
                    slot = Seek(block.Expressions[^1], slot);
                }

                break;
            case PathNode path:
                path.Tuple = true;
                var index = path.Steps.Count - 1;
                slot = Seek(path.Steps[index--], slot);
                while (slot.Level > 0 && index >= 0)
                {
                    slot = Seek(path.Steps[index--], slot);
                }

                break;
            default:
                throw JsonataErrors.Create("S0217", node.Position, TypeName(node));
        }

        return slot;
    }

    /// <summary>jsonata-js's name for a node's type, which S0217 reports as its token.</summary>
    public static string TypeName(Node node) => node switch
    {
        ParentNode => "parent",
        PathNode => "path",
        VariableNode => "variable",
        NameNode => "name",
        BlockNode => "block",
        LiteralNode { Value: string } => "string",
        LiteralNode { Value: double } => "number",
        LiteralNode => "value",
        FunctionCallNode => "function",
        PartialApplicationNode => "partial",
        LambdaNode => "lambda",
        ConditionNode => "condition",
        TransformNode => "transform",
        ApplyNode => "apply",
        BindNode => "bind",
        RegexNode => "regex",
        WildcardNode => "wildcard",
        DescendantNode => "descendant",
        SortNode => "sort",
        _ => node is ArrayConstructorNode or ObjectConstructorNode or NegationNode ? "unary" : "binary",
    };
}
