namespace ActivityAware.Core.Rules.Patterns;

/// <summary>What is wrong with a pattern, where.</summary>
public sealed record PatternError(SourcePosition Position, string Message);
