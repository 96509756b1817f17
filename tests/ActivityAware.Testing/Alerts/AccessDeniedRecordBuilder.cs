using System.Text.Json;
using System.Text.Json.Nodes;
using ActivityAware.Core.Detection;
using ActivityAware.Core.Normalization;
using ActivityAware.Core.Pipeline;

namespace ActivityAware.Testing.Alerts;

/// <summary>
/// A real-shaped CloudTrail record of a denied call (eventVersion 1.09, IAM user by default), and the alert the real normalize step makes of it.
/// Every field can be replaced, including with hostile values.
/// </summary>
public sealed class AccessDeniedRecordBuilder
{
    public const string AccountId = "123456789012";
    private readonly JsonObject _record;

    private AccessDeniedRecordBuilder()
    {
        _record = new JsonObject
        {
            ["eventVersion"] = "1.09",
            ["userIdentity"] = new JsonObject
            {
                ["type"] = "IAMUser",
                ["principalId"] = "AIDAEXAMPLEALICE",
                ["arn"] = $"arn:aws:iam::{AccountId}:user/alice",
                ["accountId"] = AccountId,
                ["accessKeyId"] = "AKIAEXAMPLEALICE",
                ["userName"] = "alice",
            },
            ["eventTime"] = "2026-11-28T10:15:00Z",
            ["eventSource"] = "s3.amazonaws.com",
            ["eventName"] = "GetObject",
            ["awsRegion"] = "eu-west-1",
            ["sourceIPAddress"] = "203.0.113.7",
            ["userAgent"] = "aws-cli/2.15.0 Python/3.11",
            ["errorCode"] = "AccessDenied",
            ["errorMessage"] = $"User: arn:aws:iam::{AccountId}:user/alice is not authorized to perform: s3:GetObject on resource: \"arn:aws:s3:::reports/q3.csv\" because no identity-based policy allows the s3:GetObject action",
            ["requestParameters"] = new JsonObject { ["bucketName"] = "reports", ["key"] = "q3.csv" },
            ["requestID"] = "R3QUEST",
            ["eventID"] = "8f3c1a52-0d7e-4c59-9d55-2f1a6b3e9a01",
            ["readOnly"] = true,
            ["resources"] = new JsonArray(new JsonObject { ["type"] = "AWS::S3::Object", ["ARN"] = "arn:aws:s3:::reports/q3.csv" }),
            ["eventType"] = "AwsApiCall",
            ["managementEvent"] = false,
            ["recipientAccountId"] = AccountId,
            ["eventCategory"] = "Data",
        };
    }

    public static AccessDeniedRecordBuilder AccessDenied() => new();

    public AccessDeniedRecordBuilder With(string field, string? value)
    {
        _record[field] = value is null ? null : JsonValue.Create(value);
        if (value is null) _record.Remove(field);
        return this;
    }

    public AccessDeniedRecordBuilder WithoutResources()
    {
        _record.Remove("resources");
        return this;
    }

    public AccessDeniedRecordBuilder WithResources(params (string Type, string Arn)[] resources)
    {
        _record["resources"] = new JsonArray(resources.Select(r => (JsonNode)new JsonObject { ["type"] = r.Type, ["ARN"] = r.Arn }).ToArray());
        return this;
    }

    public AccessDeniedRecordBuilder WithRequestParameters(string json)
    {
        _record["requestParameters"] = JsonNode.Parse(json);
        return this;
    }

    public AccessDeniedRecordBuilder ForUser(string userName)
    {
        var identity = _record["userIdentity"]!.AsObject();
        identity["type"] = "IAMUser";
        identity["userName"] = userName;
        identity["arn"] = $"arn:aws:iam::{AccountId}:user/{userName}";
        identity["principalId"] = $"AIDAEXAMPLE{userName.ToUpperInvariant()}";
        return this;
    }

    public AccessDeniedRecordBuilder ForRole(string roleName, string sessionName)
    {
        _record["userIdentity"] = new JsonObject
        {
            ["type"] = "AssumedRole",
            ["principalId"] = $"AROAEXAMPLE:{sessionName}",
            ["arn"] = $"arn:aws:sts::{AccountId}:assumed-role/{roleName}/{sessionName}",
            ["accountId"] = AccountId,
            ["accessKeyId"] = "ASIAEXAMPLE",
            ["sessionContext"] = new JsonObject
            {
                ["sessionIssuer"] = new JsonObject
                {
                    ["type"] = "Role",
                    ["principalId"] = "AROAEXAMPLE",
                    ["arn"] = $"arn:aws:iam::{AccountId}:role/{roleName}",
                    ["accountId"] = AccountId,
                    ["userName"] = roleName,
                },
                ["attributes"] = new JsonObject { ["creationDate"] = "2026-11-28T10:00:00Z", ["mfaAuthenticated"] = "false" },
            },
        };
        return this;
    }

    /// <summary>A principal of another account as CloudTrail names it in this one: type AWSAccount, its account and principal id, no ARN.</summary>
    public AccessDeniedRecordBuilder ForOtherAccount(string accountId, string principalId)
    {
        _record["userIdentity"] = new JsonObject { ["type"] = "AWSAccount", ["principalId"] = principalId, ["accountId"] = accountId };
        return this;
    }

    public string RecordJson() => _record.ToJsonString();

    /// <summary>The record as EventBridge delivers it to the state machine.</summary>
    public string EventBridgeJson() => new JsonObject
    {
        ["version"] = "0",
        ["id"] = "6a7e8feb-b491-4cf7-a9f1-bf3703467718",
        ["detail-type"] = "AWS API Call via CloudTrail",
        ["source"] = "aws.s3",
        ["account"] = AccountId,
        ["time"] = "2026-11-28T10:15:00Z",
        ["region"] = "eu-west-1",
        ["resources"] = new JsonArray(),
        ["detail"] = JsonNode.Parse(RecordJson()),
    }.ToJsonString();

    /// <summary>The alert the real normalize step (with the access-denied detection) makes of the record.</summary>
    public AlertCandidate Alert()
    {
        using var document = JsonDocument.Parse(RecordJson());
        var output = new NormalizeStep(new AccessDeniedDetector(), new EventNormalizer()).Run(document.RootElement);
        return output.Alert ?? throw new InvalidOperationException($"the built record did not match: {output.Reason}");
    }

    public EnrichOutput Enriched(DedupeDecision? dedupe = null)
    {
        var alert = Alert();
        var enrichment = new Core.Enrichment.EventEnricher().Enrich(alert);
        return new EnrichOutput(alert, dedupe ?? new DedupeDecision(alert.AlertKey, false, 0, false), enrichment, null);
    }
}
