using System.Text.RegularExpressions;
using ActivityAware.Local.Asl.Definition;
using ActivityAware.Local.Asl.Graph;
using ActivityAware.Testing;

namespace ActivityAware.StateMachine.Tests.Static;

/// <summary>The graph in README.md is the one generated from the definition; `make readme-graph` refreshes it.</summary>
public sealed partial class ReadmeGraphTests
{
    [Fact]
    public void ReadmeGraph_CurrentDefinition_IsTheRenderedGraph()
    {
        var readme = File.ReadAllText(RepositoryRoot.Combine("README.md"));
        var block = GraphBlock().Match(readme);
        Assert.True(block.Success, "README.md has no <!-- graph:begin --> ```mermaid … ``` <!-- graph:end --> block");

        var path = RepositoryRoot.Combine("statemachine", "activity-aware.asl.json");
        var keepPlaceholders = new DefinitionPlaceholders(File.ReadAllText(path)).Keys.ToDictionary(k => k, k => "${" + k + "}");
        var definition = StateMachineLoader.LoadFile(path, keepPlaceholders);
        var expected = MermaidGraphRenderer.Render(definition).TrimEnd('\n');

        Assert.True(expected == block.Groups[1].Value.TrimEnd('\n'), "README.md's graph is stale; run `make readme-graph`");
    }

    [GeneratedRegex(@"<!-- graph:begin -->\n```mermaid\n(.*?)```\n<!-- graph:end -->", RegexOptions.Singleline)]
    private static partial Regex GraphBlock();
}
