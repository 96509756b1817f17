namespace ActivityAware.Core.Rules.Patterns;

/// <summary>One key of a <see cref="PatternNode"/> object, with the position of the key itself.</summary>
public sealed record PatternProperty(string Name, SourcePosition Position, PatternNode Value);
