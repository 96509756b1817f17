using ActivityAware.Local.Asl.Graph;

namespace ActivityAware.Local.Tests.Asl;

public class MermaidGraphRendererTests
{
    private const string Machine = """
        {"StartAt":"Route","States":{
          "Route":{"Type":"Choice","Choices":[{"Variable":"$.type","StringEquals":"fan","Next":"Fan"}],"Default":"Stop"},
          "Fan":{"Type":"Parallel","Branches":[
            {"StartAt":"Left","States":{"Left":{"Type":"Pass","End":true}}},
            {"StartAt":"Right","States":{"Right":{"Type":"Pass","End":true}}}],
            "Catch":[{"ErrorEquals":["Lambda.ServiceException","States.Timeout"],"Next":"Stop"}],"Next":"Each"},
          "Each":{"Type":"Map","Iterator":{"StartAt":"Item","States":{"Item":{"Type":"Pass","End":true}}},"End":true},
          "Stop":{"Type":"Fail","Error":"Stopped"}}}
        """;

    [Fact]
    public void Render_Definition_DrawsChoiceCatchAndSubgraphs()
    {
        var mermaid = MermaidGraphRenderer.Render(AslHarness.Load(Machine));
        var lines = mermaid.Split('\n').Select(l => l.Trim()).ToList();

        Assert.Equal("flowchart TD", lines[0]);
        Assert.Contains("s1{\"Route\"}", lines);
        Assert.Contains("s1 -->|\"$.type StringEquals #quot;fan#quot;\"| s2", lines);
        Assert.Contains("s1 -->|Default| s7", lines);
        Assert.Contains("subgraph s2 [\"Fan (Parallel)\"]", lines);
        Assert.Contains("subgraph s2_b0 [\"Branch 1\"]", lines);
        Assert.Contains("subgraph s2_b1 [\"Branch 2\"]", lines);
        Assert.Contains("s2 -.->|\"Lambda.ServiceException, States.Timeout\"| s7", lines);
        Assert.Contains("subgraph s5 [\"Each (Map)\"]", lines);
        Assert.Contains("s5 --> finish", lines);
        Assert.Contains("s7([\"Stop\"])", lines);
        Assert.DoesNotContain("s7 --> finish", lines);
    }
}
