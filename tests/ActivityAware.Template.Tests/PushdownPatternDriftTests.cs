using System.Text.Json.Nodes;
using ActivityAware.Core.Rules;
using ActivityAware.Core.Rules.Pushdown;
using ActivityAware.Template.Tests.Support;
using ActivityAware.Testing;

namespace ActivityAware.Template.Tests;

/// <summary>The deployed EventBridge rules must start the workflow for exactly the events the rule pack may match: `make pushdown-pattern` keeps them equal.</summary>
public sealed class PushdownPatternDriftTests
{
    private static List<JsonNode> Generated(RulePack pack) =>
        PushdownPatternGenerator.GenerateSet(pack).Patterns.Select(p => JsonNode.Parse(p.Json)!).ToList();

    [Fact]
    public async Task TemplateRules_DefaultPack_OnePerGeneratedPatternInOrder()
    {
        var deployed = PushdownRules.Patterns(await TranslatedTemplate.OfRepositoryAsync());

        Assert.True(SameList(Generated(RulePack.LoadDefault()), deployed),
            "template.yaml's EventBridge rules differ from the pushdown of the default rule pack; run `make pushdown-pattern`");
    }

    [Fact]
    public void PatternFile_DefaultPack_EqualsTheGeneratedPushdown()
    {
        var file = JsonNode.Parse(File.ReadAllText(RepositoryRoot.Combine("statemachine", "eventbridge-pattern.json")))!.AsArray();

        Assert.True(SameList(Generated(RulePack.LoadDefault()), file.Select(p => p!).ToList()),
            "statemachine/eventbridge-pattern.json differs from the pushdown of the default rule pack; run `make pushdown-pattern`");
    }

    [Fact]
    public async Task TemplateRules_PackWithAnotherRule_AreReportedAsDrift()
    {
        var extended = RulePackLoader.Load(RulePack.LoadDefault(), [new RuleSource(GlueDevEndpointRule.Id + ".yaml", GlueDevEndpointRule.Yaml)]);
        Assert.Empty(extended.Errors);

        Assert.False(SameList(Generated(extended.Pack), PushdownRules.Patterns(await TranslatedTemplate.OfRepositoryAsync())));
    }

    /// <summary>A user rule on a call the default pack does not watch, so adding it must change the pushdown.</summary>
    private static class GlueDevEndpointRule
    {
        public const string Id = "Team.Glue.DevEndpointCreated";

        public const string Yaml = """
            id: Team.Glue.DevEndpointCreated
            title: Glue development endpoint created
            severity: low
            category: other
            description: A Glue development endpoint runs code with its role and accepts SSH; we do not use them.
            runbook: Check who created it and delete it.
            match:
              eventSource: [glue.amazonaws.com]
              eventName: [CreateDevEndpoint]
            examples:
              match:
                - {eventSource: glue.amazonaws.com, eventName: CreateDevEndpoint}
              no-match:
                - {eventSource: glue.amazonaws.com, eventName: GetDevEndpoints}
            """;
    }

    private static bool SameList(List<JsonNode> expected, List<JsonNode> actual) =>
        expected.Count == actual.Count && expected.Zip(actual).All(pair => JsonNode.DeepEquals(pair.First, pair.Second));
}
