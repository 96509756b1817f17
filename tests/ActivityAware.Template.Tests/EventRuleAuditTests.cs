using System.Text.Json.Nodes;
using ActivityAware.Template.Tests.Checks;
using ActivityAware.Template.Tests.Support;

namespace ActivityAware.Template.Tests;

public sealed class EventRuleAuditTests
{
    [Fact]
    public async Task Find_RepositoryTemplate_ReportsNothing()
    {
        var template = await TranslatedTemplate.OfRepositoryAsync();

        Assert.Empty(EventRuleAudit.Find(template));
        Assert.Equal(EventRuleAudit.AllManagementEvents, Rule(template)["State"]!.GetValue<string>());
    }

    [Fact]
    public async Task Find_RuleOnlyEnabled_IsReported()
    {
        var template = await TranslatedTemplate.OfRepositoryAsync();
        Rule(template)["State"] = "ENABLED";

        Assert.Contains(EventRuleAudit.Find(template), finding => finding.Contains("State is 'ENABLED'", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Find_TargetWithoutDeadLetterQueue_IsReported()
    {
        var template = await TranslatedTemplate.OfRepositoryAsync();
        ((JsonObject)Rule(template)["Targets"]![0]!).Remove("DeadLetterConfig");

        Assert.Contains(EventRuleAudit.Find(template), finding => finding.Contains("no DeadLetterConfig", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Find_TargetWithoutRetryPolicy_IsReported()
    {
        var template = await TranslatedTemplate.OfRepositoryAsync();
        ((JsonObject)Rule(template)["Targets"]![0]!).Remove("RetryPolicy");

        Assert.Contains(EventRuleAudit.Find(template), finding => finding.Contains("no RetryPolicy", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Find_NoCloudTrailRule_IsReported()
    {
        var template = await TranslatedTemplate.OfRepositoryAsync();
        foreach (var (_, rule) in PushdownRules.Of(template))
            rule["Properties"]!["EventPattern"] = new JsonObject { ["source"] = new JsonArray("aws.ec2") };

        Assert.Contains(EventRuleAudit.Find(template), finding => finding.Contains("found 0", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Find_SecondRuleOnlyEnabled_IsReported()
    {
        var template = await TranslatedTemplate.OfRepositoryAsync();
        template["Resources"]!["CloudTrailEventRule2"]!["Properties"]!["State"] = "ENABLED";

        Assert.Contains(EventRuleAudit.Find(template), finding => finding.Contains("CloudTrailEventRule2: State is 'ENABLED'", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Find_RulesWithDifferentTargets_IsReported()
    {
        var template = await TranslatedTemplate.OfRepositoryAsync();
        ((JsonObject)template["Resources"]!["CloudTrailEventRule2"]!["Properties"]!["Targets"]![0]!)["Id"] = "elsewhere";

        Assert.Contains(EventRuleAudit.Find(template), finding => finding.Contains("different target lists", StringComparison.Ordinal));
    }

    private static JsonObject Rule(JsonObject template) => template["Resources"]!["CloudTrailEventRule1"]!["Properties"]!.AsObject();
}
