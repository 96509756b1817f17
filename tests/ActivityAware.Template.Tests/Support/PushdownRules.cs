using System.Text.Json.Nodes;

namespace ActivityAware.Template.Tests.Support;

/// <summary>The EventBridge rules a translated template creates on CloudTrail events, in pattern order (their logical ids end in 1, 2, …).</summary>
public static class PushdownRules
{
    public static List<(string LogicalId, JsonObject Resource)> Of(JsonObject template) =>
        TranslatedTemplate.ResourcesOfType(template, "AWS::Events::Rule")
            .Where(rule => rule.Resource["Properties"]?["EventPattern"]?.ToJsonString().Contains("via CloudTrail", StringComparison.Ordinal) == true)
            .OrderBy(rule => rule.LogicalId.Length).ThenBy(rule => rule.LogicalId, StringComparer.Ordinal)
            .ToList();

    public static List<JsonNode> Patterns(JsonObject template) => Of(template).Select(r => r.Resource["Properties"]!["EventPattern"]!).ToList();
}
