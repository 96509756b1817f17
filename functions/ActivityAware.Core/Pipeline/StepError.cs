namespace ActivityAware.Core.Pipeline;

/// <summary>An error a Catch recorded with ResultPath (<c>{"Error": …, "Cause": …}</c>, as Step Functions writes it).</summary>
public sealed record StepError(string Error, string? Cause);
