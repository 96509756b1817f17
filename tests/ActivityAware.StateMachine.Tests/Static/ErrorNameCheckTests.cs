using System.Text.Json.Nodes;

namespace ActivityAware.StateMachine.Tests.Static;

public sealed class ErrorNameCheckTests
{
    [Fact]
    public void Find_RepositoryDefinition_ReportsNothing()
    {
        Assert.Empty(ErrorNameCheck.Find(AslDefinition.Load()));
    }

    [Fact]
    public void Find_MisspelledStatesError_IsReported()
    {
        var definition = AslDefinition.Load();
        definition["States"]!["Record failed event"]!["Retry"]![0]!["ErrorEquals"] = new JsonArray("States.TaskFailedId");

        Assert.Contains(ErrorNameCheck.Find(definition), finding => finding.Contains("'States.TaskFailedId'", StringComparison.Ordinal));
    }

    [Fact]
    public void Find_ExceptionNameNotInTheContract_IsReported()
    {
        var definition = AslDefinition.Load();
        Delivery(definition, "Send to Slack")["Retry"]![1]!["ErrorEquals"] = new JsonArray("SlackThrottledException");

        Assert.Contains(ErrorNameCheck.Find(definition), finding => finding.Contains("'SlackThrottledException'", StringComparison.Ordinal));
    }

    [Fact]
    public void Find_StatesAllNotLast_IsReported()
    {
        var definition = AslDefinition.Load();
        var catchers = (JsonArray)definition["States"]!["Normalize event"]!["Catch"]!;
        var first = catchers[0]!;
        catchers.RemoveAt(0);
        catchers.Add(first);

        Assert.Contains(ErrorNameCheck.Find(definition), finding => finding.Contains("States.ALL must be the only name of the last Catch entry", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("SQS.QueueDoesNotExistException", true)]
    [InlineData("Lambda.Unknown", true)]
    [InlineData("DestinationRejectedException", true)]
    [InlineData("Lambda.ThrottlingException", false)]
    [InlineData("SQS.*", false)]
    public void IsKnown_Name_MatchesTheLists(string name, bool expected)
    {
        Assert.Equal(expected, KnownErrorNames.IsKnown(name));
    }

    internal static JsonObject Delivery(JsonObject definition, string state) =>
        definition["States"]!["Deliver to each destination"]!["ItemProcessor"]!["States"]![state]!.AsObject();
}
