using System.Text.Json.Nodes;
using ActivityAware.Local;
using ActivityAware.Local.Rules;
using ActivityAware.Testing;

namespace ActivityAware.Local.Tests.Rules;

public sealed class RulesRunnerTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("aa-rules-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Validate_FolderWithSeveralBadFiles_ExitsOneListingEveryErrorWithFileLineColumn()
    {
        Write("Custom.Bad.Severity.yaml", Rule("Custom.Bad.Severity").Replace("severity: high", "severity: urgent", StringComparison.Ordinal));
        Write("Custom.Bad.Field.yaml", Rule("Custom.Bad.Field") + "severty: high\n");
        Write("Custom.Bad.Operator.yaml", Rule("Custom.Bad.Operator").Replace("[StopLogging]", "[{prefx: Stop}]", StringComparison.Ordinal));
        var (code, output, error) = Run(RulesRunner.Validate, _folder);
        Assert.Equal(ExitCodes.InputFailed, code);
        Assert.Empty(output);
        Assert.Contains($"{Path.Combine(_folder, "Custom.Bad.Severity.yaml")}:3:11: 'severity' is 'urgent'; expected one of: info, low, medium, high, critical", error, StringComparison.Ordinal);
        Assert.Contains($"{Path.Combine(_folder, "Custom.Bad.Field.yaml")}:9:1: unknown field 'severty'", error, StringComparison.Ordinal);
        Assert.Contains($"{Path.Combine(_folder, "Custom.Bad.Operator.yaml")}:8:16: unknown operator 'prefx'", error, StringComparison.Ordinal);
        Assert.Contains("3 error(s)", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_GoodFile_ExitsZero()
    {
        Write("Custom.Good.yaml", Rule("Custom.Good"));
        var (code, output, _) = Run(RulesRunner.Validate, _folder);
        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("rules valid", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_MissingPath_ExitsOne()
    {
        var (code, _, error) = Run(RulesRunner.Validate, Path.Combine(_folder, "nope"));
        Assert.Equal(ExitCodes.InputFailed, code);
        Assert.Contains("no such file or folder", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Test_DefaultPack_AllExamplesPass()
    {
        var (code, output, _) = Run(RulesRunner.Test);
        Assert.Equal(ExitCodes.Success, code);
        Assert.Matches(@"\d+ passed, 0 failed, \d+ rules\.", output);
    }

    [Fact]
    public void Test_RuleWhoseExampleFails_ExitsOneAndShowsFail()
    {
        Write("Custom.Good.yaml", Rule("Custom.Good") + "examples:\n  match:\n    - {eventName: StartLogging}\n");
        var (code, output, _) = Run(RulesRunner.Test, _folder);
        Assert.Equal(ExitCodes.InputFailed, code);
        Assert.Contains("Custom.Good\tCustom.Good.yaml:11\tmatch\tFAIL", output, StringComparison.Ordinal);
    }

    [Fact]
    public void List_DefaultPackWithDisable_OmitsDisabledRule()
    {
        Write("off.yaml", "disable: [AWS.EC2.VpcChange]\n");
        var (code, output, _) = Run(RulesRunner.List, _folder);
        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("AWS.CloudTrail.StopLogging\tcritical\tlogging-tampering\t", output, StringComparison.Ordinal);
        Assert.DoesNotContain("AWS.EC2.VpcChange", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Pattern_DefaultPack_PrintsOneCheckedInPatternPerLine()
    {
        var (code, output, _) = Run(RulesRunner.Pattern);
        Assert.Equal(ExitCodes.Success, code);
        var checkedIn = JsonNode.Parse(File.ReadAllText(RepositoryRoot.Combine("statemachine", "eventbridge-pattern.json")))!.AsArray();
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length > 1, output);
        Assert.Equal(checkedIn.Select(p => p!.ToJsonString()), lines.Select(l => JsonNode.Parse(l)!.ToJsonString()));
    }

    [Fact]
    public void Pattern_DefaultPack_WarnsNothing()
    {
        var (_, _, error) = Run(RulesRunner.Pattern);
        Assert.Empty(error);
    }

    [Fact]
    public void Pattern_RuleNoOtherPatternCanExclude_PrintsOneWidenedPatternAndWarns()
    {
        Write("Custom.NotInvoked.yaml", Rule("Custom.NotInvoked").Replace("  eventName: [StopLogging]", "  userIdentity:\n    invokedBy:\n      - exists: false"));

        var (code, output, error) = Run(RulesRunner.Pattern, _folder);

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("{\"prefix\":\"Create\"}", Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
        Assert.Contains("event names were widened to their verbs", error, StringComparison.Ordinal);
    }

    private static string Rule(string id) => $"""
        id: {id}
        title: Test rule
        severity: high
        category: other
        description: Why it matters.
        runbook: What to check.
        match:
          eventName: [StopLogging]

        """;

    private void Write(string name, string text) => File.WriteAllText(Path.Combine(_folder, name), text);

    private static (int Code, string Output, string Error) Run(Func<IReadOnlyList<string>, TextWriter, TextWriter, int> command, params string[] paths)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = command(paths, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
