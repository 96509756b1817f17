using System.Text.Json;

namespace ActivityAware.Core.CloudTrail;

/// <summary>The canonical form of one CloudTrail record, whatever shape it arrived in. Immutable; missing fields stay null.</summary>
public sealed record NormalizedEvent
{
    public required string EventId { get; init; }
    public DateTimeOffset? EventTime { get; init; }
    public string? EventVersion { get; init; }
    public required string EventSource { get; init; }
    public required string EventName { get; init; }
    public string? EventType { get; init; }
    public string? EventCategory { get; init; }
    public bool? ReadOnly { get; init; }
    public bool? ManagementEvent { get; init; }
    public string? ErrorCode { get; init; }
    public string? ErrorMessage { get; init; }
    public string? AwsRegion { get; init; }
    public string? RecipientAccountId { get; init; }
    public string? SourceIpAddress { get; init; }
    public string? UserAgent { get; init; }
    public string? RequestId { get; init; }
    public string? VpcEndpointId { get; init; }
    public required PrincipalIdentity Identity { get; init; }
    public JsonElement? RequestParameters { get; init; }
    public JsonElement? ResponseElements { get; init; }
    public JsonElement? AdditionalEventData { get; init; }
    public IReadOnlyList<EventResource> Resources { get; init; } = [];
    /// <summary>Names of the fields that were cut to keep a step payload far below the 256 KB Step Functions limit.</summary>
    public IReadOnlyList<string> TruncatedFields { get; init; } = [];
}
