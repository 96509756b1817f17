using System.Text.Json.Nodes;
using ActivityAware.Local.Asl;
using ActivityAware.Local.Asl.Definition;
using ActivityAware.Local.Asl.Execution;
using ActivityAware.Local.Asl.Tasks;

namespace ActivityAware.Local.Tests.Asl;

public class TaskResourceTests
{
    private sealed class EnrichmentUnavailableException(string message) : Exception(message);

    private const string InvokeMachine = """
        {"StartAt":"Call","States":{"Call":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke",
          "Parameters":{"FunctionName":"arn:aws:lambda:us-east-1:123456789012:function:enrich:live","Payload":{"id.$":"$.id"}},"End":true}}}
        """;

    [Fact]
    public async Task LambdaInvoke_Result_WrapsThePayloadLikeAws()
    {
        var harness = new AslHarness().Function("enrich", p => new JsonObject { ["seen"] = AslJson.Clone(p!["id"]) });
        var output = JsonNode.Parse(await harness.Output(InvokeMachine, """{"id":"e-1"}"""))!;
        Assert.Equal("""{"seen":"e-1"}""", AslJson.Serialize(output["Payload"]));
        Assert.Equal(200, (int)output["StatusCode"]!);
        Assert.Equal("$LATEST", (string?)output["ExecutedVersion"]);
    }

    [Fact]
    public async Task LambdaInvoke_FunctionThrows_ErrorIsTheClassNameAndCauseTheRuntimeJson()
    {
        var harness = new AslHarness().Function("enrich", _ => throw new EnrichmentUnavailableException("IAM said no"));
        var (error, cause) = await harness.Failure(InvokeMachine, """{"id":"e-1"}""");
        Assert.Equal("EnrichmentUnavailableException", error);
        var json = JsonNode.Parse(cause!)!;
        Assert.Equal("IAM said no", (string?)json["errorMessage"]);
        Assert.Equal("EnrichmentUnavailableException", (string?)json["errorType"]);
        Assert.NotEmpty(json["stackTrace"]!.AsArray());
    }

    [Fact]
    public async Task LambdaInvoke_UnknownFunction_FailsWithResourceNotFound()
    {
        var harness = new AslHarness().Function("other", p => p);
        var (error, _) = await harness.Failure(InvokeMachine, """{"id":"e-1"}""");
        Assert.Equal("Lambda.ResourceNotFoundException", error);
    }

    [Fact]
    public async Task FunctionArnResource_ReturnsTheOutputDirectly()
    {
        var harness = new AslHarness().Function("f", p => new JsonObject { ["echo"] = AslJson.Clone(p) });
        Assert.Equal("""{"echo":{"a":1}}""", await harness.Output(AslHarness.TaskMachine(""), """{"a":1}"""));
    }

    [Fact]
    public async Task SqsSendMessage_WritesAJsonLineAndReturnsTheMessageId()
    {
        var file = Path.Combine(Path.GetTempPath(), $"dlq-{Guid.NewGuid():N}.jsonl");
        try
        {
            var harness = new AslHarness();
            harness.Sqs = new JsonLinesSqsSink(file, harness.Time);
            const string machine = """
                {"StartAt":"DLQ","States":{"DLQ":{"Type":"Task","Resource":"arn:aws:states:::sqs:sendMessage",
                  "Parameters":{"QueueUrl":"https://sqs.us-east-1.amazonaws.com/1/dlq","MessageBody.$":"$"},"End":true}}}
                """;
            var output = JsonNode.Parse(await harness.Output(machine, """{"alert":"x"}"""))!;
            var line = JsonNode.Parse(File.ReadAllLines(file).Single())!;
            Assert.Equal((string?)output["MessageId"], (string?)line["messageId"]);
            Assert.Equal("""{"alert":"x"}""", (string?)line["messageBody"]);
            Assert.Equal("https://sqs.us-east-1.amazonaws.com/1/dlq", (string?)line["queueUrl"]);
            Assert.Equal("d3a0b9d8f4f1a0b6b7e4c6c4a3c5c9e1".Length, ((string?)output["MD5OfMessageBody"])!.Length);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Theory]
    [InlineData("arn:aws:states:::lambda:invoke", "lambda:invoke needs Lambda functions bound")]
    [InlineData("arn:aws:states:::sqs:sendMessage", "sqs:sendMessage needs a local SQS sink")]
    [InlineData("arn:aws:states:::dynamodb:putItem", "is not supported by the local interpreter")]
    [InlineData("arn:aws:lambda:us-east-1:1:function:nobody", "no in-process function is bound to 'nobody'")]
    public void Interpreter_TaskThatCannotRun_IsRejectedWhenBuilt(string resource, string messagePart)
    {
        var definition = AslHarness.Load(AslHarness.TaskMachine("\"Parameters\":{\"FunctionName\":\"f\"}", resource));
        var e = Assert.Throws<AslDefinitionException>(() => new StateMachineInterpreter(definition, new InterpreterBindings()));
        Assert.Contains("State 'T' field 'Resource'", e.Message, StringComparison.Ordinal);
        Assert.Contains(messagePart, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Interpreter_UnrunnableTaskWithoutLoadCheck_FailsOnlyWhenReached()
    {
        var definition = AslHarness.Load(AslHarness.TaskMachine("", "arn:aws:states:::dynamodb:putItem"));
        var interpreter = new StateMachineInterpreter(definition, new InterpreterBindings { CheckTasksAtLoad = false });
        var result = await interpreter.ExecuteAsync(new JsonObject());
        Assert.Equal("States.Runtime", result.Error);
        Assert.Contains("cannot run locally", result.Cause, StringComparison.Ordinal);
    }
}
