using System.Text.Json.Nodes;
using ActivityAware.Template.Tests.Checks;
using ActivityAware.Template.Tests.Iam;
using ActivityAware.Template.Tests.Support;
using ActivityAware.Testing;

namespace ActivityAware.Template.Tests;

/// <summary>infra/forwarder.yaml: the rule that sends other regions' and accounts' CloudTrail events to the home bus.</summary>
public sealed class ForwarderTemplateTests
{
    private static readonly string ForwarderPath = RepositoryRoot.Combine("infra", "forwarder.yaml");
    private static readonly Lazy<Task<JsonObject>> Forwarder = new(() => TranslatedTemplate.TranslateAsync(ForwarderPath));

    [Fact]
    public async Task CfnLint_Forwarder_ReportsNoErrorsOrWarnings()
    {
        var result = await ExternalTool.RunAsync("cfn-lint", [ForwarderPath], deadline: TimeSpan.FromMinutes(3));

        Assert.True(result.ExitCode == 0 && result.StandardOutput.Trim().Length == 0, result.Describe());
    }

    [Fact]
    public async Task Audits_Forwarder_FindNothing()
    {
        var template = await Forwarder.Value;

        Assert.Empty(IamPolicyAudit.Find(template));
        Assert.Empty(EventRuleAudit.Find(template));
    }

    [Fact]
    public async Task ForwardingRole_MayOnlyPutEventsOnTheHomeBus()
    {
        var template = await Forwarder.Value;

        var statement = Assert.Single(IamStatementFinder.FindAll(template), s => s.Location.Contains("ForwardingRole", StringComparison.Ordinal) && s.IsAllow
            && !s.Actions.Contains("sts:AssumeRole"));
        Assert.Equal(["events:PutEvents"], statement.Actions);
        Assert.Equal("""{"Ref":"HomeEventBusArn"}""", statement.Body["Resource"]!.ToJsonString());
    }

    [Fact]
    public async Task ForwarderEventPatterns_EqualTheTemplatesPushdown()
    {
        var forwarder = PushdownRules.Patterns(await Forwarder.Value);
        var home = PushdownRules.Patterns(await TranslatedTemplate.OfRepositoryAsync());

        Assert.True(home.Count == forwarder.Count && home.Zip(forwarder).All(pair => JsonNode.DeepEquals(pair.First, pair.Second)),
            "infra/forwarder.yaml's event patterns differ from template.yaml's; run `make pushdown-pattern`");
    }

    [Fact]
    public async Task ForwardingDeadLetterQueuePolicy_AdmitsExactlyTheForwardingRules()
    {
        var template = await Forwarder.Value;

        var statement = Assert.Single(IamStatementFinder.FindAll(template), s => s.Body["Sid"]?.GetValue<string>() == "ForwardingRuleDeadLetters");
        var admitted = statement.Body["Condition"]!["ArnEquals"]!["aws:SourceArn"]!.AsArray().Select(arn => arn!["Fn::GetAtt"]![0]!.GetValue<string>());
        Assert.Equal(PushdownRules.Of(template).Select(r => r.LogicalId), admitted);
    }

    [Fact]
    public async Task HomeBusPolicy_AdmitsOnlyTheListedAccountsAndOnlyWhenListed()
    {
        var template = await TranslatedTemplate.OfRepositoryAsync();

        var (_, policy) = Assert.Single(TranslatedTemplate.ResourcesOfType(template, "AWS::Events::EventBusPolicy"));
        Assert.Equal("HasForwardingAccounts", policy["Condition"]!.GetValue<string>());
        var statement = policy["Properties"]!["Statement"]!;
        Assert.Equal("events:PutEvents", statement["Action"]!.GetValue<string>());
        Assert.Equal("""{"Ref":"ForwardingAccountIds"}""", statement["Principal"]!["AWS"]!.ToJsonString());
    }
}
