namespace ActivityAware.Core.Rules.Patterns;

/// <summary>1-based line and column of a value in its source text; <see cref="None"/> when the source has no positions (JSON).</summary>
public readonly record struct SourcePosition(int Line, int Column)
{
    public static SourcePosition None => default;

    public bool IsKnown => Line > 0;
}
