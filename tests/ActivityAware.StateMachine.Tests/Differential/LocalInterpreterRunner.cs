using System.Text.Json.Nodes;
using ActivityAware.Local.Asl.Cli;
using ActivityAware.Local.Asl.Definition;
using ActivityAware.Local.Asl.Execution;
using ActivityAware.Local.Asl.Mocking;

namespace ActivityAware.StateMachine.Tests.Differential;

/// <summary>
/// Runs a <see cref="DifferentialCase"/> in our in-process interpreter with what moto gets: the same definition and
/// substitutions, the same mock config test case and the same input. Retry backoff is skipped (timing is not compared).
/// </summary>
public static class LocalInterpreterRunner
{
    public static async Task<ExecutionOutcome> RunAsync(DifferentialCase testCase, CancellationToken ct)
    {
        var text = await File.ReadAllTextAsync(testCase.DefinitionPath, ct);
        var definition = StateMachineLoader.LoadFile(testCase.DefinitionPath, DefinitionSubstitutions.For(text));
        var unmocked = new UnmockedTasks();
        var bindings = new InterpreterBindings
        {
            Mocker = testCase.TestCase is null ? null : StepFunctionsMockConfig.LoadFile(DifferentialCase.MockConfigPath).TestCase(definition.Name, testCase.TestCase),
            Lambda = unmocked,
            Sqs = unmocked,
            Waiter = new SkippingWaiter(),
            Random = new Random(20261128),
        };
        var result = await new StateMachineInterpreter(definition, bindings)
            .ExecuteAsync(JsonNode.Parse(testCase.Input), new ExecutionOptions(ExecutionName: testCase.Name), ct);
        var entries = result.Events
            .Where(e => e.Type.EndsWith("StateEntered", StringComparison.Ordinal))
            .Select(e => new StateEntry(e.Scope.Length == 0 ? "" : e.Scope + "/", e.StateName!, e.Input))
            .ToList();
        return new ExecutionOutcome(
            result.Status switch
            {
                ExecutionStatus.Succeeded => "SUCCEEDED",
                ExecutionStatus.Failed => "FAILED",
                ExecutionStatus.TimedOut => "TIMED_OUT",
                _ => throw new InvalidOperationException($"unknown execution status {result.Status}"),
            },
            result.Output,
            result.Error,
            result.Cause,
            entries);
    }
}
