namespace ActivityAware.Core.CloudTrail;

/// <summary>One entry of the record's <c>resources</c> array.</summary>
public sealed record EventResource(string? Arn, string? AccountId, string? Type);
