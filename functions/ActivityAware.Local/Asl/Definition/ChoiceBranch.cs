using ActivityAware.Local.Asl.Choice;

namespace ActivityAware.Local.Asl.Definition;

/// <summary>A top-level choice rule, the state it leads to, a short label of the rule for graphs, and what it assigns when it matches.</summary>
public sealed record ChoiceBranch(ChoiceRule Rule, string Next, string Label, VariableAssignment? Assign = null);
