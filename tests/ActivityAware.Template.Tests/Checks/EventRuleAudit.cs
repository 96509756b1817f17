using System.Text.Json.Nodes;
using ActivityAware.Template.Tests.Support;

namespace ActivityAware.Template.Tests.Checks;

/// <summary>
/// The EventBridge rule on CloudTrail events: without State ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS read-only calls
/// (the Get/List/Describe probing of a stolen key) never reach it; its target must retry and dead-letter what it cannot deliver.
/// </summary>
public static class EventRuleAudit
{
    public const string AllManagementEvents = "ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS";

    public static IReadOnlyList<string> Find(JsonObject template)
    {
        var findings = new List<string>();
        var rules = TranslatedTemplate.ResourcesOfType(template, "AWS::Events::Rule")
            .Where(rule => rule.Resource["Properties"]?["EventPattern"]?.ToJsonString().Contains("via CloudTrail", StringComparison.Ordinal) == true)
            .ToList();
        if (rules.Count != 1)
            findings.Add($"expected exactly one AWS::Events::Rule on CloudTrail detail-types, found {rules.Count}.");
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
