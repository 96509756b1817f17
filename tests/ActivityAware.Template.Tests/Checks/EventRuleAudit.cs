using System.Text.Json.Nodes;
using ActivityAware.Template.Tests.Support;

namespace ActivityAware.Template.Tests.Checks;

/// <summary>
/// The EventBridge rules on CloudTrail events (one per pushdown pattern): without State ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS
/// read-only calls (the Get/List/Describe probing of a stolen key) never reach them; their targets must retry and dead-letter what
/// they cannot deliver, and all of them start the same target.
/// </summary>
public static class EventRuleAudit
{
    public const string AllManagementEvents = "ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS";

    public static IReadOnlyList<string> Find(JsonObject template)
    {
        var findings = new List<string>();
        var rules = PushdownRules.Of(template);
        if (rules.Count == 0)
            findings.Add($"expected an AWS::Events::Rule on CloudTrail detail-types, found {rules.Count}.");
        var targetLists = rules.Select(r => (r.Resource["Properties"]?["Targets"] as JsonArray ?? []).ToJsonString()).Distinct(StringComparer.Ordinal).Count();
        if (targetLists > 1)
            findings.Add($"the {rules.Count} rules on CloudTrail detail-types have {targetLists} different target lists; each pattern must start the same target.");
        foreach (var (logicalId, rule) in rules)
        {
            var properties = rule["Properties"]!;
            var state = properties["State"]?.ToString();
            if (state != AllManagementEvents)
                findings.Add($"Resources.{logicalId}: State is '{state}'; read-only management events need {AllManagementEvents}.");
            var targets = properties["Targets"] as JsonArray ?? [];
            if (targets.Count == 0)
                findings.Add($"Resources.{logicalId}: has no target.");
            foreach (var target in targets.OfType<JsonObject>())
            {
                var id = target["Id"]?.ToString();
                if (target["RetryPolicy"]?["MaximumRetryAttempts"] is null || target["RetryPolicy"]?["MaximumEventAgeInSeconds"] is null)
                    findings.Add($"Resources.{logicalId}: target {id} has no RetryPolicy with MaximumRetryAttempts and MaximumEventAgeInSeconds.");
                if (target["DeadLetterConfig"]?["Arn"] is null)
                    findings.Add($"Resources.{logicalId}: target {id} has no DeadLetterConfig; events it cannot start would be lost.");
                if (target["RoleArn"] is null)
                    findings.Add($"Resources.{logicalId}: target {id} has no RoleArn to start the state machine with.");
            }
        }
        return findings;
    }
}
