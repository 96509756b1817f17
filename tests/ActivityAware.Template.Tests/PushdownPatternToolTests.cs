using System.Text.Json.Nodes;
using ActivityAware.Core.Rules;
using ActivityAware.Core.Rules.Pushdown;
using ActivityAware.Template.Tests.Checks;
using ActivityAware.Template.Tests.Iam;
using ActivityAware.Template.Tests.Support;
using ActivityAware.Testing;

namespace ActivityAware.Template.Tests;

/// <summary>tools/write_pushdown_pattern.py, run as `make pushdown-pattern` runs it, on a scratch copy of the files it writes.</summary>
public sealed class PushdownPatternToolTests
{
    private static readonly string[] Written = ["template.yaml", "infra/forwarder.yaml", "statemachine/eventbridge-pattern.json"];

    [Fact]
    public async Task Write_DefaultPackPatterns_LeavesTheRepositoryFilesUnchanged()
    {
        using var scratch = CopyOfWrittenFiles();

        var result = await RunToolAsync(scratch, PushdownPatternGenerator.GenerateSet(RulePack.LoadDefault()).ToJsonLines());

        Assert.True(result.ExitCode == 0, result.Describe());
        foreach (var file in Written)
            Assert.True(File.ReadAllText(RepositoryRoot.Combine(file)) == File.ReadAllText(scratch.Combine(file)), $"{file} is stale; run `make pushdown-pattern`");
    }

    [Fact]
    public async Task Write_OnePatternMoreThanThePack_OneRuleEachAuditedAndAllAdmittedToTheDeadLetterQueue()
    {
        using var scratch = CopyOfWrittenFiles();
        var patterns = PushdownPatternGenerator.GenerateSet(RulePack.LoadDefault()).Patterns.Select(p => p.Json).ToList();
        var extra = JsonNode.Parse(patterns[^1])!;
        extra["detail"] = new JsonObject { ["eventSource"] = new JsonArray("example.amazonaws.com") };
        var count = patterns.Count + 1;

        var result = await RunToolAsync(scratch, string.Join('\n', [.. patterns, extra.ToJsonString()]));

        Assert.True(result.ExitCode == 0, result.Describe());
        foreach (var file in new[] { "template.yaml", "infra/forwarder.yaml" })
        {
            var lint = await ExternalTool.RunAsync("cfn-lint", [scratch.Combine(file)], deadline: TimeSpan.FromMinutes(3));
            Assert.True(lint.ExitCode == 0 && lint.StandardOutput.Trim().Length == 0, lint.Describe());
        }
        var home = await TranslatedTemplate.TranslateAsync(scratch.Combine("template.yaml"));
        Assert.Equal(Enumerable.Range(1, count).Select(i => $"CloudTrailEventRule{i}"), PushdownRules.Of(home).Select(r => r.LogicalId));
        Assert.Empty(EventRuleAudit.Find(home));
        Assert.Empty(IamPolicyAudit.Find(home));
        var forwarder = await TranslatedTemplate.TranslateAsync(scratch.Combine("infra", "forwarder.yaml"));
        Assert.Equal(Enumerable.Range(1, count).Select(i => $"ForwardingRule{i}"), PushdownRules.Of(forwarder).Select(r => r.LogicalId));
        Assert.Empty(EventRuleAudit.Find(forwarder));
        Assert.Equal(count, JsonNode.Parse(File.ReadAllText(scratch.Combine("statemachine", "eventbridge-pattern.json")))!.AsArray().Count);
    }

    [Fact]
    public async Task Write_NoPatternOnStdin_FailsAndWritesNothing()
    {
        using var scratch = CopyOfWrittenFiles();

        var result = await RunToolAsync(scratch, "");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("no pushdown pattern on stdin", result.StandardError, StringComparison.Ordinal);
        Assert.Equal(File.ReadAllText(RepositoryRoot.Combine("template.yaml")), File.ReadAllText(scratch.Combine("template.yaml")));
    }

    private static ScratchDirectory CopyOfWrittenFiles()
    {
        var scratch = new ScratchDirectory();
        foreach (var file in Written.Append("statemachine/activity-aware.asl.json"))
            scratch.Write(file, File.ReadAllText(RepositoryRoot.Combine(file)));
        return scratch;
    }

    private static async Task<ExternalToolResult> RunToolAsync(ScratchDirectory scratch, string standardInput)
    {
        var input = scratch.Write("patterns.jsonl", standardInput);
        return await ExternalTool.RunAsync("sh",
            ["-c", $"python3 \"$0\" \"$1\" < \"$2\"", RepositoryRoot.Combine("tools", "write_pushdown_pattern.py"), scratch.Combine(""), input],
            deadline: TimeSpan.FromMinutes(1));
    }
}
