using ActivityAware.Core.Rules;

namespace ActivityAware.Local.Workflow;

/// <summary>The embedded defaults of a local run, overridable from the command line.</summary>
public sealed record LocalWorkflowOptions
{
    public const string DefaultDeadLetterPath = "activity-aware-dead-letters.jsonl";

    public required RulePack Rules { get; init; }
    public TimeSpan DedupeWindow { get; init; } = TimeSpan.FromMinutes(15);
    /// <summary>Where the workflow's dead letters (SQS sendMessage) go, one JSON object per line; the file is created on the first one.</summary>
    public string DeadLetterPath { get; init; } = DefaultDeadLetterPath;
    public TextWriter? Trace { get; init; }
    /// <summary>Step logs (warnings and errors) — stderr, so that stdout carries only alerts.</summary>
    public required TextWriter Diagnostics { get; init; }
}
