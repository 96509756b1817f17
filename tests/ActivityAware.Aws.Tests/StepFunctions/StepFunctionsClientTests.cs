using System.Text.Json.Nodes;
using ActivityAware.Aws.StepFunctions;
using ActivityAware.Testing;
using Amazon.Runtime;

namespace ActivityAware.Aws.Tests.StepFunctions;

public sealed class StepFunctionsClientTests(MotoServer moto) : IClassFixture<MotoServer>, IAsyncLifetime
{
    private const string RoleArn = "arn:aws:iam::123456789012:role/state-machine";
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);
    private StepFunctionsClient _client = null!;

    public async Task InitializeAsync()
    {
        await moto.ConfigureAsync(JsonNode.Parse("""{"stepfunctions":{"execute_state_machine":true},"lambda":{"use_docker":false}}""")!.AsObject());
        _client = StepFunctionsClient.Create(MotoServer.Region, moto.Endpoint, new BasicAWSCredentials("testing", "testing"));
    }

    public Task DisposeAsync()
    {
        _client.Dispose();
        return Task.CompletedTask;
    }

    private const string TwoPassStates = """
        {"StartAt":"Add greeting","States":{
          "Add greeting":{"Type":"Pass","Result":"hello","ResultPath":"$.greeting","Next":"Keep greeting"},
          "Keep greeting":{"Type":"Pass","OutputPath":"$.greeting","End":true}}}
        """;

    [Fact]
    public async Task StartExecution_TwoPassStates_DescribesOutputAndHistoryNamesEveryState()
    {
        var arn = await _client.CreateStateMachineAsync("two-pass", TwoPassStates, RoleArn, "STANDARD", CancellationToken.None);

        var executionArn = await _client.StartExecutionAsync(arn, "first", """{"n":1}""", CancellationToken.None);
        var description = await _client.WaitForExecutionAsync(executionArn, Deadline, CancellationToken.None);
        var history = await _client.GetExecutionHistoryAsync(executionArn, CancellationToken.None);

        Assert.Equal("SUCCEEDED", description.Status);
        Assert.Equal("\"hello\"", description.Output);
        Assert.Equal(["Add greeting", "Keep greeting"], history.Where(e => e.IsStateEntered).Select(e => e.StateName));
        Assert.Equal("ExecutionSucceeded", history[^1].Type);
        await _client.DeleteStateMachineAsync(arn, CancellationToken.None);
    }

    [Fact]
    public async Task StartExecution_SecondExecutionOfSameMachine_Succeeds()
    {
        var arn = await _client.CreateStateMachineAsync("run-twice", TwoPassStates, RoleArn, "STANDARD", CancellationToken.None);

        foreach (var name in new[] { "one", "two" })
        {
            var executionArn = await _client.StartExecutionAsync(arn, name, "{}", CancellationToken.None);
            Assert.Equal("SUCCEEDED", (await _client.WaitForExecutionAsync(executionArn, Deadline, CancellationToken.None)).Status);
        }
    }

    [Fact]
    public async Task StartSyncExecution_FailState_ReturnsErrorAndCause()
    {
        var arn = await _client.CreateStateMachineAsync("fails", """
            {"StartAt":"Give up","States":{"Give up":{"Type":"Fail","Error":"Custom.Broken","Cause":"on purpose"}}}
            """, RoleArn, "EXPRESS", CancellationToken.None);

        var result = await _client.StartSyncExecutionAsync(arn, "sync-fail", "{}", CancellationToken.None);

        Assert.Equal(("FAILED", "Custom.Broken", "on purpose"), (result.Status, result.Error, result.Cause));
        Assert.Null(result.Output);
    }

    [Fact]
    public async Task StartSyncExecution_PassStates_ReturnsOutput()
    {
        var arn = await _client.CreateStateMachineAsync("sync-pass", TwoPassStates, RoleArn, "EXPRESS", CancellationToken.None);

        var result = await _client.StartSyncExecutionAsync(arn, "sync-ok", "{}", CancellationToken.None);

        Assert.Equal(("SUCCEEDED", "\"hello\""), (result.Status, result.Output));
    }

    [Fact]
    public async Task DescribeExecution_UnknownExecution_ThrowsWithServiceErrorCode()
    {
        var error = await Assert.ThrowsAsync<StepFunctionsException>(() => _client.DescribeExecutionAsync(
            "arn:aws:states:us-east-1:123456789012:execution:nothing:here", CancellationToken.None));

        Assert.Equal("ExecutionDoesNotExist", error.ErrorCode);
    }
}
