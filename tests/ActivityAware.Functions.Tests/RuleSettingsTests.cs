using ActivityAware.Core.Rules;
using ActivityAware.Functions.Hosting;
using ActivityAware.Testing;
using ActivityAware.Testing.Rules;

namespace ActivityAware.Functions.Tests;

public sealed class RuleSettingsTests : IDisposable
{
    private readonly ScratchDirectory _rules = new();

    private FunctionEnvironment Environment() =>
        new(name => name == SettingNames.RulesDirectory ? _rules.Path : null);

    [Fact]
    public void FromEnvironment_FolderWithAValidRule_AddsItToTheDefaultPack()
    {
        _rules.Write(SampleUserRule.FileName, SampleUserRule.Yaml);

        var pack = RuleSettings.FromEnvironment(Environment());

        Assert.Contains(pack.Rules, r => r.Id == SampleUserRule.Id);
        Assert.Equal(RulePack.LoadDefault().Rules.Count + 1, pack.Rules.Count);
    }

    [Fact]
    public void FromEnvironment_FolderWithABadRule_StopsTheColdStartNamingFileAndLine()
    {
        _rules.Write(SampleUserRule.FileName, SampleUserRule.Yaml.Replace("severity: low", "severty: low", StringComparison.Ordinal));

        var error = Assert.Throws<InvalidOperationException>(() => RuleSettings.FromEnvironment(Environment()));

        Assert.Contains($"{SampleUserRule.FileName}:3:", error.Message);
        Assert.Contains("severty", error.Message);
    }

    [Fact]
    public void FromEnvironment_NothingConfiguredOrPackaged_IsTheDefaultPack()
    {
        var pack = RuleSettings.FromEnvironment(new FunctionEnvironment(_ => null));

        Assert.Equal(RulePack.LoadDefault().Rules.Select(r => r.Id), pack.Rules.Select(r => r.Id));
    }

    public void Dispose() => _rules.Dispose();
}
