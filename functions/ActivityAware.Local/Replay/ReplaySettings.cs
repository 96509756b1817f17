namespace ActivityAware.Local.Replay;

/// <summary>The replay command line, parsed.</summary>
public sealed record ReplaySettings(IReadOnlyList<string> Paths, ReplayFormat Format, string? OutputPath)
{
    /// <summary>Users' rule files or folders, over the default pack.</summary>
    public IReadOnlyList<string> RulePaths { get; init; } = [];
    public bool Trace { get; init; }
    public string DeadLetterPath { get; init; } = Workflow.LocalWorkflowOptions.DefaultDeadLetterPath;
    public TimeSpan DedupeWindow { get; init; } = TimeSpan.FromMinutes(15);
}
