using ActivityAware.Core.CloudTrail;
using ActivityAware.Core.Rules;
using System.Text.Json;

namespace ActivityAware.Local.Replay;

/// <summary>One line of <c>--format jsonl</c>: the alert flattened for jq and log tools. Every field is present (null when unknown).</summary>
public sealed record AlertLine
{
    public required string EventId { get; init; }
    public DateTimeOffset? EventTime { get; init; }
    public required IReadOnlyList<string> RuleIds { get; init; }
    public required IReadOnlyList<string> Categories { get; init; }
    public required Severity Severity { get; init; }
    public required string Title { get; init; }
    public required IReadOnlyList<string> Reasons { get; init; }
    public string? PrincipalArn { get; init; }
    public required PrincipalType PrincipalType { get; init; }
    public required string PrincipalName { get; init; }
    public string? AccountId { get; init; }
    public string? Region { get; init; }
    public required string EventSource { get; init; }
    public required string EventName { get; init; }
    public string? ErrorCode { get; init; }
    public string? ErrorMessage { get; init; }
    public string? SourceIp { get; init; }
    public string? UserAgent { get; init; }
    public required string AlertKey { get; init; }
    /// <summary>Where the record was read: <c>path:line Records[n]</c>.</summary>
    public required string Source { get; init; }
    public JsonElement? Details { get; init; }

    public static AlertLine From(ReplayAlert alert)
    {
        var candidate = alert.Candidate;
        var normalized = candidate.Event;
        return new AlertLine
        {
            EventId = normalized.EventId,
            EventTime = normalized.EventTime,
            RuleIds = candidate.Matches.Select(m => m.RuleId).Distinct().ToArray(),
            Categories = candidate.Matches.Select(m => m.Category).Distinct().ToArray(),
            Severity = candidate.Severity,
            Title = candidate.Title,
            Reasons = candidate.Matches.Select(m => m.Reason).ToArray(),
            PrincipalArn = normalized.Identity.Arn,
            PrincipalType = normalized.Identity.Type,
            PrincipalName = normalized.Identity.DisplayName,
            AccountId = normalized.RecipientAccountId ?? normalized.Identity.AccountId,
            Region = normalized.AwsRegion,
            EventSource = normalized.EventSource,
            EventName = normalized.EventName,
            ErrorCode = normalized.ErrorCode,
            ErrorMessage = normalized.ErrorMessage,
            SourceIp = normalized.SourceIpAddress,
            UserAgent = normalized.UserAgent,
            AlertKey = candidate.AlertKey,
            Source = alert.Location.ToString(),
            Details = alert.Details,
        };
    }
}
