using System.Text.Json.Nodes;
using ActivityAware.Core.Rules;
using ActivityAware.Core.Rules.Pushdown;
using ActivityAware.Template.Tests.Support;
using ActivityAware.Testing;
using ActivityAware.Testing.Rules;

namespace ActivityAware.Template.Tests;

/// <summary>The deployed EventBridge rule must start the workflow for exactly the events the rule pack may match: `make pushdown-pattern` keeps them equal.</summary>
public sealed class PushdownPatternDriftTests
{
    private static JsonNode Generated(RulePack pack) => JsonNode.Parse(PushdownPatternGenerator.Generate(pack).Json)!;

    private static async Task<JsonNode> DeployedPatternAsync()
    {
        var template = await TranslatedTemplate.OfRepositoryAsync();
        var rule = template["Resources"]!.AsObject()
            .Single(r => r.Value!["Type"]!.GetValue<string>() == "AWS::Events::Rule").Value!;
        return rule["Properties"]!["EventPattern"]!;
    }

    [Fact]
    public async Task TemplateEventPattern_DefaultPack_EqualsTheGeneratedPushdown()
    {
        Assert.True(JsonNode.DeepEquals(Generated(RulePack.LoadDefault()), await DeployedPatternAsync()),
            "template.yaml's EventPattern differs from the pushdown of the default rule pack; run `make pushdown-pattern`");
    }

    [Fact]
    public void PatternFile_DefaultPack_EqualsTheGeneratedPushdown()
    {
        var file = JsonNode.Parse(File.ReadAllText(RepositoryRoot.Combine("statemachine", "eventbridge-pattern.json")));
        Assert.True(JsonNode.DeepEquals(Generated(RulePack.LoadDefault()), file),
            "statemachine/eventbridge-pattern.json differs from the pushdown of the default rule pack; run `make pushdown-pattern`");
    }

    [Fact]
    public async Task TemplateEventPattern_PackWithAnotherRule_IsReportedAsDrift()
    {
        var extended = RulePackLoader.Load(RulePack.LoadDefault(), [new RuleSource(SampleUserRule.FileName, SampleUserRule.Yaml)]);
        Assert.Empty(extended.Errors);

        Assert.False(JsonNode.DeepEquals(Generated(extended.Pack), await DeployedPatternAsync()));
    }
}
