namespace ActivityAware.Core.Pipeline;

/// <summary>Output of one delivery branch. <c>Status</c>: sent | dry-run | dead-lettered.</summary>
public sealed record DeliveryResult(string Destination, string Type, string Status, int? HttpStatus, string? Detail);
