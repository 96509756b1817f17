using System.Text.Json.Nodes;
using ActivityAware.Aws.StepFunctions;
using ActivityAware.Testing;
using Amazon.Runtime;

namespace ActivityAware.StateMachine.Tests.Differential;

/// <summary>
/// moto_server with its Step Functions interpreter on, reading tests/fixtures/differential/mock-config.json (through
/// tests/moto/moto_patches.py), and a client that runs a <see cref="DifferentialCase"/> there. One per test collection.
/// </summary>
public sealed class DifferentialMoto : MotoServer
{
    private static readonly TimeSpan ExecutionDeadline = TimeSpan.FromSeconds(60);
    private const string RoleArn = "arn:aws:iam::123456789012:role/activity-aware-state-machine";
    private readonly Dictionary<string, (string Arn, string Definition)> _stateMachines = [];
    private readonly SemaphoreSlim _createLock = new(1, 1);
    private StepFunctionsClient? _client;

    public DifferentialMoto() : base(new Dictionary<string, string> { ["SFN_MOCK_CONFIG"] = DifferentialCase.MockConfigPath }) { }

    private StepFunctionsClient Client => _client ??= StepFunctionsClient.Create(Region, Endpoint, new BasicAWSCredentials("testing", "testing"));

    public async Task<ExecutionOutcome> RunAsync(DifferentialCase testCase, CancellationToken ct)
    {
        var arn = await StateMachineArnAsync(testCase, ct);
        var target = testCase.TestCase is null ? arn : $"{arn}#{testCase.TestCase}";
        var executionName = $"{Guid.NewGuid():N}-{testCase.Name}";
        if (executionName.Length > 80) executionName = executionName[..80];
        var executionArn = await Client.StartExecutionAsync(target, executionName, testCase.Input, ct);
        var description = await Client.WaitForExecutionAsync(executionArn, ExecutionDeadline, ct);
        var history = await Client.GetExecutionHistoryAsync(executionArn, ct);
        var entries = HistoryStateEntries.Read(history);
        return new ExecutionOutcome(
            description.Status,
            description.Output is null ? null : JsonNode.Parse(description.Output),
            description.Error,
            description.Cause,
            entries);
    }

    private async Task<string> StateMachineArnAsync(DifferentialCase testCase, CancellationToken ct)
    {
        var definition = DefinitionSubstitutions.Apply(await File.ReadAllTextAsync(testCase.DefinitionPath, ct));
        await _createLock.WaitAsync(ct);
        try
        {
            if (_stateMachines.Count == 0)
                await ConfigureAsync(JsonNode.Parse("""{"stepfunctions":{"execute_state_machine":true},"lambda":{"use_docker":false}}""")!.AsObject());
            if (_stateMachines.TryGetValue(testCase.StateMachineName, out var known))
                return known.Definition == definition ? known.Arn : throw new InvalidDataException(
                    $"case {testCase.Name}: state machine '{testCase.StateMachineName}' is already used with another definition; the mock config keys test cases by state machine name");
            var arn = await Client.CreateStateMachineAsync(testCase.StateMachineName, definition, RoleArn, "STANDARD", ct);
            _stateMachines[testCase.StateMachineName] = (arn, definition);
            return arn;
        }
        finally
        {
            _createLock.Release();
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _client?.Dispose();
            _createLock.Dispose();
        }
        base.Dispose(disposing);
    }
}
