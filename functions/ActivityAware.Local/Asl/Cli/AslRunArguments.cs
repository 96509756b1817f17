namespace ActivityAware.Local.Asl.Cli;

/// <summary>The arguments of <c>asl run</c>.</summary>
public sealed record AslRunArguments(
    string DefinitionPath,
    string? InputPath,
    string? MockConfigPath,
    string? TestCase,
    IReadOnlyList<string> Substitutions,
    bool Trace,
    bool SkipWaits,
    string? SqsFile = null);
