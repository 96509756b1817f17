namespace ActivityAware.Benchmarks.Traffic;

/// <summary>One generated API call: what was called, by whom, and the error if it was denied.</summary>
public sealed record GeneratedCall(string Source, string Name, Caller Caller, string? ErrorCode);
