using ActivityAware.Local.Asl.Choice;

namespace ActivityAware.Local.Asl.Definition;

/// <summary>
/// A top-level choice rule, the state it leads to, a short label of the rule for graphs, and what it assigns (and, in a JSONata state,
/// outputs) when it matches. A JSONPath rule has <see cref="Rule"/>; a JSONata rule has <see cref="Condition"/> instead.
/// </summary>
public sealed record ChoiceBranch(ChoiceRule? Rule, string Next, string Label, VariableAssignment? Assign = null)
{
    /// <summary>A JSONata rule's Condition, which must yield true or false.</summary>
    public JsonataTemplate? Condition { get; init; }

    /// <summary>A JSONata rule's Output: the state's output when this rule matches.</summary>
    public JsonataTemplate? Output { get; init; }
}
