namespace ActivityAware.Local.Replay;

/// <summary>The result of one record: the alerts it raised (often none), or why it could not be processed.</summary>
public sealed record ReplayOutcome(IReadOnlyList<ReplayAlert> Alerts, string? Error)
{
    public static ReplayOutcome NoAlert { get; } = new([], null);

    public static ReplayOutcome Alerted(params ReplayAlert[] alerts) => new(alerts, null);

    public static ReplayOutcome Failed(string error) => new([], error);
}
