using System.Text.Json.Nodes;

namespace ActivityAware.StateMachine.Tests.Static;

public sealed class LambdaRetryCheckTests
{
    [Fact]
    public void Find_RepositoryDefinition_ReportsNothing()
    {
        var definition = AslDefinition.Load();

        Assert.Empty(LambdaRetryCheck.Find(definition));
        Assert.Equal(8, AslDefinition.States(definition).Count(state => state.IsLambdaInvoke));
    }

    [Fact]
    public void Find_TaskWithoutRetry_IsReported()
    {
        var definition = AslDefinition.Load();
        ((JsonObject)definition["States"]!["Check duplicate"]!).Remove("Retry");

        Assert.Contains(LambdaRetryCheck.Find(definition), finding => finding.StartsWith("$.States['Check duplicate']: lacks the shared Retry block", StringComparison.Ordinal));
    }

    [Fact]
    public void Find_SharedBlockWithoutJitter_IsReported()
    {
        var definition = AslDefinition.Load();
        ((JsonObject)ErrorNameCheckTests.Delivery(definition, "Send to webhook")["Retry"]![0]!).Remove("JitterStrategy");

        Assert.Contains(LambdaRetryCheck.Find(definition), finding => finding.Contains("States['Send to webhook']: lacks the shared Retry block", StringComparison.Ordinal));
    }

    [Fact]
    public void Find_SharedBlockMissingAnError_IsReported()
    {
        var definition = AslDefinition.Load();
        definition["States"]!["Enrich principal"]!["Retry"]![0]!["ErrorEquals"] = new JsonArray("Lambda.ServiceException", "Lambda.AWSLambdaException", "Lambda.SdkClientException");

        Assert.Contains(LambdaRetryCheck.Find(definition), finding => finding.StartsWith("$.States['Enrich principal']: lacks the shared Retry block", StringComparison.Ordinal));
    }
}
