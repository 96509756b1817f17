namespace ActivityAware.Local.Asl.Definition;

/// <summary>One entry of a Retry array, with the specification's defaults already applied.</summary>
public sealed record Retrier(
    IReadOnlyList<string> ErrorEquals,
    int IntervalSeconds = 1,
    int MaxAttempts = 3,
    double BackoffRate = 2.0,
    int? MaxDelaySeconds = null,
    JitterStrategy JitterStrategy = JitterStrategy.None);
