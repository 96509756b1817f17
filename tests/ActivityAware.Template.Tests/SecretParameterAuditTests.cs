using System.Text.Json.Nodes;
using ActivityAware.Template.Tests.Checks;
using ActivityAware.Template.Tests.Support;

namespace ActivityAware.Template.Tests;

public sealed class SecretParameterAuditTests
{
    [Fact]
    public async Task Find_RepositoryTemplate_ReportsNothing()
    {
        var template = await TranslatedTemplate.OfRepositoryAsync();

        Assert.Empty(SecretParameterAudit.Find(template));
        var secretNames = template["Parameters"]!.AsObject().Select(p => p.Key).Where(name => name.EndsWith(SecretParameterAudit.SecretNameSuffix, StringComparison.Ordinal));
        Assert.Equal(["PagerDutyRoutingKeyParameterName", "SlackWebhookParameterName", "WebhookUrlParameterName"], secretNames.Order());
    }

    [Fact]
    public async Task Find_SecretParameterNameWithDefault_IsReported()
    {
        var template = await TranslatedTemplate.OfRepositoryAsync();
        template["Parameters"]!["SlackWebhookParameterName"]!["Default"] = "/activity-aware/slack";

        Assert.Contains(SecretParameterAudit.Find(template), finding => finding.StartsWith("Parameters.SlackWebhookParameterName: has Default", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Find_ParameterHoldingASecretValue_IsReported()
    {
        var template = await TranslatedTemplate.OfRepositoryAsync();
        template["Parameters"]!["SlackWebhookUrl"] = new JsonObject { ["Type"] = "String", ["NoEcho"] = true };

        Assert.Contains(SecretParameterAudit.Find(template), finding => finding.StartsWith("Parameters.SlackWebhookUrl: looks like it holds a secret value", StringComparison.Ordinal));
    }
}
