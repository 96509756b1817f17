using System.Text.Json.Nodes;

namespace ActivityAware.StateMachine.Tests.Static;

public sealed class DeadLetterCheckTests
{
    [Fact]
    public void Find_RepositoryDefinition_ReportsNothing()
    {
        Assert.Empty(DeadLetterCheck.Find(AslDefinition.Load()));
    }

    [Fact]
    public void Find_DeliveryWithoutCatch_IsReported()
    {
        var definition = AslDefinition.Load();
        ErrorNameCheckTests.Delivery(definition, "Send to PagerDuty").Remove("Catch");

        Assert.Contains(DeadLetterCheck.Find(definition), finding => finding.Contains("States['Send to PagerDuty']: no Catch on States.ALL", StringComparison.Ordinal));
    }

    [Fact]
    public void Find_CatchThatDropsTheInput_IsReported()
    {
        var definition = AslDefinition.Load();
        ErrorNameCheckTests.Delivery(definition, "Send to Slack")["Catch"]![0]!["ResultPath"] = "$";

        Assert.Contains(DeadLetterCheck.Find(definition), finding => finding.Contains("States['Send to Slack']: the Catch must keep the input", StringComparison.Ordinal));
    }

    [Fact]
    public void Find_DeadLetterToTheWrongQueue_IsReported()
    {
        var definition = AslDefinition.Load();
        ErrorNameCheckTests.Delivery(definition, "Record dead letter")["Parameters"]!["QueueUrl"] = "${EventDeadLetterQueueUrl}";

        Assert.Contains(DeadLetterCheck.Find(definition), finding => finding.Contains("States['Send email']: the Catch must lead to an arn:aws:states:::sqs:sendMessage task", StringComparison.Ordinal));
    }

    [Fact]
    public void Find_DeadLetterThatReplacesTheItem_IsReported()
    {
        var definition = AslDefinition.Load();
        ErrorNameCheckTests.Delivery(definition, "Record dead letter").Remove("ResultPath");

        Assert.Contains(DeadLetterCheck.Find(definition), finding => finding.Contains("States['Record dead letter']: must keep its input", StringComparison.Ordinal));
    }

    [Fact]
    public void Find_RejectedDeliveryRetried_IsReported()
    {
        var definition = AslDefinition.Load();
        ((JsonArray)ErrorNameCheckTests.Delivery(definition, "Send email")["Retry"]![1]!["ErrorEquals"]!).Add("DestinationRejectedException");

        Assert.Contains(DeadLetterCheck.Find(definition), finding => finding.Contains("DestinationRejectedException is retried", StringComparison.Ordinal));
    }

    [Fact]
    public void Find_ThrottlingNotRetried_IsReported()
    {
        var definition = AslDefinition.Load();
        ((JsonArray)ErrorNameCheckTests.Delivery(definition, "Send to webhook")["Retry"]!).RemoveAt(1);

        Assert.Contains(DeadLetterCheck.Find(definition), finding => finding.Contains("States['Send to webhook']: DestinationThrottledException needs a Retry", StringComparison.Ordinal));
    }

    [Fact]
    public void Find_DeliveryTaskMissing_IsReported()
    {
        var definition = AslDefinition.Load();
        ErrorNameCheckTests.Delivery(definition, "Send email")["Parameters"]!["FunctionName"] = "${SendMailFunctionArn}";

        Assert.Contains("no delivery task invokes ${SendEmailFunctionArn}.", DeadLetterCheck.Find(definition));
    }

    [Fact]
    public void Find_UnsupportedEventNotCaught_IsReported()
    {
        var definition = AslDefinition.Load();
        ((JsonArray)definition["States"]!["Normalize event"]!["Catch"]!).RemoveAt(0);

        Assert.Contains("the task invoking ${NormalizeFunctionArn} needs a Catch on UnsupportedEventShapeException.", DeadLetterCheck.Find(definition));
    }

    [Fact]
    public void Find_UnsupportedEventEndingInSuccess_IsReported()
    {
        var definition = AslDefinition.Load();
        definition["States"]!["Unsupported event"] = new JsonObject { ["Type"] = "Succeed" };

        Assert.Contains(DeadLetterCheck.Find(definition), finding => finding.Contains("must end in a Fail state", StringComparison.Ordinal));
    }

    [Fact]
    public void Find_FailWithoutCause_IsReported()
    {
        var definition = AslDefinition.Load();
        ((JsonObject)definition["States"]!["Alert processing failed"]!).Remove("Cause");

        Assert.Contains("$.States['Alert processing failed']: a Fail state needs an Error and a Cause.", DeadLetterCheck.Find(definition));
    }
}
