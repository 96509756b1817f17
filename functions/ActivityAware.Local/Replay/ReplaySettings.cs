namespace ActivityAware.Local.Replay;

/// <summary>The replay command line, parsed.</summary>
public sealed record ReplaySettings(IReadOnlyList<string> Paths, ReplayFormat Format, string? OutputPath);
