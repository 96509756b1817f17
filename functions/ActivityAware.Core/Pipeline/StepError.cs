using System.Text.Json.Serialization;

namespace ActivityAware.Core.Pipeline;

/// <summary>An error a Catch recorded with ResultPath (<c>{"Error": …, "Cause": …}</c>, as Step Functions writes it, hence the capitalised names).</summary>
public sealed record StepError(
    [property: JsonPropertyName("Error")] string Error,
    [property: JsonPropertyName("Cause")] string? Cause);
