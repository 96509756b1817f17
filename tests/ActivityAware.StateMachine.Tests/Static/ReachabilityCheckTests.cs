using System.Text.Json.Nodes;

namespace ActivityAware.StateMachine.Tests.Static;

public sealed class ReachabilityCheckTests
{
    [Fact]
    public void Find_RepositoryDefinition_ReportsNothing()
    {
        Assert.Empty(ReachabilityCheck.Find(AslDefinition.Load()));
    }

    [Fact]
    public void Find_OrphanStateInsideTheMap_IsReported()
    {
        var definition = AslDefinition.Load();
        ((JsonObject)definition["States"]!["Deliver to each destination"]!["ItemProcessor"]!["States"]!)["Send to Teams"] =
            new JsonObject { ["Type"] = "Succeed" };

        Assert.Contains(ReachabilityCheck.Find(definition), finding =>
            finding.Contains("ItemProcessor.States['Send to Teams']: not reachable", StringComparison.Ordinal));
    }

    [Fact]
    public void Find_ChoiceToMissingState_IsReported()
    {
        var definition = AslDefinition.Load();
        definition["States"]!["Already alerted?"]!["Default"] = "Enrich";

        var findings = ReachabilityCheck.Find(definition);

        Assert.Contains(findings, finding => finding.Contains("transition to 'Enrich', which is not a state", StringComparison.Ordinal));
        Assert.Contains(findings, finding => finding.Contains("States['Enrich principal']: not reachable", StringComparison.Ordinal));
    }

    [Fact]
    public void Find_StartAtMissing_IsReported()
    {
        var definition = AslDefinition.Load();
        definition["StartAt"] = "Normalise event";

        Assert.Contains("$: StartAt 'Normalise event' is not a state.", ReachabilityCheck.Find(definition));
    }
}
