namespace ActivityAware.Core.Rules;

/// <summary>The text of one rule file and the name errors should use for it.</summary>
public sealed record RuleSource(string Name, string Text);
