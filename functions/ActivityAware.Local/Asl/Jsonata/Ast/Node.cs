using ActivityAware.Local.Asl.Jsonata.Evaluation;

namespace ActivityAware.Local.Asl.Jsonata.Ast;

/// <summary>
/// A node of the processed syntax tree. Besides its own meaning, any node can be a step of a path, and the parser
/// annotates steps as jsonata-js does: predicates, stages, group-by, keep-array, focus and index bindings, ancestry.
/// </summary>
internal abstract class Node
{
    protected Node(int position)
    {
        Position = position;
    }

    public int Position { get; }

    /// <summary>Filters applied to this node's value when it is not a step inside a path.</summary>
    public List<Node>? Predicates { get; set; }

    /// <summary>Filters and index bindings applied to this step's results inside a path.</summary>
    public List<Stage>? Stages { get; set; }

    public GroupClause? Group { get; set; }

    public bool KeepArray { get; set; }

    /// <summary>The variable a <c>@$v</c> binding gives each item; the step does not change the context.</summary>
    public string? Focus { get; set; }

    /// <summary>The variable a <c>#$i</c> binding gives each item's position.</summary>
    public string? IndexVariable { get; set; }

    /// <summary>The step runs as a tuple stream, carrying focus, index and ancestor bindings along the path.</summary>
    public bool Tuple { get; set; }

    /// <summary>The parent (<c>%</c>) slot this step binds with its context item.</summary>
    public AncestorSlot? Ancestor { get; set; }

    /// <summary>Parent slots inside this node still looking for the step that binds them.</summary>
    public List<AncestorSlot>? SeekingParent { get; set; }

    /// <summary>An array constructor at the start or end of a path: kept whole rather than flattened.</summary>
    public bool ConsArray { get; set; }

    /// <summary>The node's own value before predicates, group-by and sequence unwrapping (see <see cref="Evaluator.Evaluate"/>).</summary>
    public abstract object? EvaluateCore(object? input, Frame environment);

    /// <summary>Takes over another node's step annotations (a string literal step becoming a field name).</summary>
    public void CopyAnnotationsFrom(Node other)
    {
        Predicates = other.Predicates;
        Stages = other.Stages;
        Group = other.Group;
        KeepArray = other.KeepArray;
        Focus = other.Focus;
        IndexVariable = other.IndexVariable;
        Tuple = other.Tuple;
        Ancestor = other.Ancestor;
        SeekingParent = other.SeekingParent;
    }
}
