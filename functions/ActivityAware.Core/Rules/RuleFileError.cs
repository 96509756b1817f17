namespace ActivityAware.Core.Rules;

/// <summary>A problem in a rule file: where, what is wrong and what is allowed.</summary>
public sealed record RuleFileError(string File, int Line, int Column, string Message)
{
    public override string ToString() => Line > 0 ? $"{File}:{Line}:{Column}: {Message}" : $"{File}: {Message}";
}
