using System.Text.Json;
using ActivityAware.Core.Rules;
using ActivityAware.Core.Rules.Pushdown;

namespace ActivityAware.Core.Tests.Rules;

public sealed class OptionalRulesTests
{
    [Fact]
    public void Load_OptionalRules_AreValidAndAddedToTheDefaultPack()
    {
        var result = OptionalRules.Load();

        Assert.Empty(result.Errors);
        var added = result.Pack.Rules.Select(r => r.Id).Except(RulePack.LoadDefault().Rules.Select(r => r.Id)).ToList();
        Assert.Equal(Directory.GetFiles(OptionalRules.Folder, "*.yaml").Length, added.Count);
    }

    [Fact]
    public void Run_EveryExampleOfTheOptionalRules_BehavesAsItsFileSays()
    {
        var pack = OptionalRules.LoadWithDefaults();
        var optional = Directory.GetFiles(OptionalRules.Folder, "*.yaml").Select(Path.GetFileNameWithoutExtension).ToHashSet();

        var results = RuleExampleRunner.Run(pack).Where(r => optional.Contains(r.Rule.Id)).ToList();

        Assert.Contains(results, r => r.Example.ShouldMatch);
        Assert.Contains(results, r => !r.Example.ShouldMatch);
        Assert.Empty(results.Where(r => !r.Passed).Select(r => $"{r.Rule.SourceFile}:{r.Example.Position.Line}: {r.Problem}"));
    }

    [Fact]
    public void DefaultPushdown_AdmitsNoGetSecretValue_WhichOnlyTheOptionalBurstNeeds()
    {
        using var envelope = JsonDocument.Parse(
            """{"source":"aws.secretsmanager","detail-type":"AWS API Call via CloudTrail","detail":{"eventSource":"secretsmanager.amazonaws.com","eventName":"GetSecretValue","userIdentity":{"type":"AssumedRole"}}}""");
        bool Admits(RulePack pack) => PushdownPatternGenerator.Generate(pack).Matches(envelope.RootElement);

        Assert.False(Admits(RulePack.LoadDefault()));
        Assert.True(Admits(OptionalRules.LoadWithDefaults()));
    }

    [Fact]
    public void DefaultPushdown_AdmitsNoGetCallerIdentity_WhichOnlyTheOptionalSecretScannerRuleNeeds()
    {
        using var envelope = JsonDocument.Parse(
            """{"source":"aws.sts","detail-type":"AWS API Call via CloudTrail","detail":{"eventSource":"sts.amazonaws.com","eventName":"GetCallerIdentity","userAgent":"TruffleHog","userIdentity":{"type":"IAMUser"}}}""");
        bool Admits(RulePack pack) => PushdownPatternGenerator.Generate(pack).Matches(envelope.RootElement);

        Assert.False(Admits(RulePack.LoadDefault()));
        Assert.True(Admits(OptionalRules.LoadWithDefaults()));
    }
}
