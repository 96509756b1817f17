using System.Text.Json.Nodes;
using ActivityAware.Local.Asl.Tasks;

namespace ActivityAware.StateMachine.Tests.Differential;

/// <summary>
/// Lambda and SQS bindings for states a test case does not mock. The interpreter insists every Task be runnable when it
/// is built; a case that actually reaches one of these has a gap in its mock config, reported as such.
/// </summary>
public sealed class UnmockedTasks : ILambdaInvoker, ISqsSink
{
    public bool CanInvoke(string functionNameOrArn) => true;

    public Task<JsonNode?> InvokeAsync(string functionNameOrArn, JsonNode? payload, CancellationToken cancellationToken) =>
        throw new UnmockedTaskException($"Lambda function {functionNameOrArn}");

    public Task<string> SendMessageAsync(string queueUrl, string messageBody, CancellationToken cancellationToken) =>
        throw new UnmockedTaskException($"SQS SendMessage to {queueUrl}");
}
