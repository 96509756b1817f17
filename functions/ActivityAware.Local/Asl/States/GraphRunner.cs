using System.Text.Json.Nodes;
using ActivityAware.Local.Asl.Definition;
using ActivityAware.Local.Asl.Execution;
using ActivityAware.Local.Asl.Variables;

namespace ActivityAware.Local.Asl.States;

/// <summary>Walks one graph (top level, branch or Map iteration) from StartAt until a state ends it.</summary>
internal sealed class GraphRunner
{
    private readonly ExecutionRun _run;
    private readonly TaskStateRunner _tasks;
    private readonly FlowStateRunner _flow;
    private readonly MapStateRunner _maps;
    private readonly ParallelStateRunner _parallels;

    public GraphRunner(ExecutionRun run)
    {
        _run = run;
        var retrying = new RetryingStateRunner(run);
        _tasks = new TaskStateRunner(run, retrying);
        _flow = new FlowStateRunner(run);
        _maps = new MapStateRunner(run, retrying, this);
        _parallels = new ParallelStateRunner(run, retrying, this);
    }

    /// <param name="inputSizeBound">What <paramref name="input"/> is known not to exceed in bytes (measured, within the limit); null: unknown.</param>
    public async Task<JsonNode?> RunAsync(StateGraph graph, JsonNode? input, string scope, int? inputSizeBound, CancellationToken cancellationToken)
    {
        // A Parallel branch or Map iteration (every graph but the top level's "") reads the variables around it and keeps what it assigns.
        if (scope.Length > 0 && VariableScope.Current is { } outer)
            VariableScope.Current = outer.Child();
        var name = graph.StartAt;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var state = graph.States[name];
            var enteredEventId = _run.Enter(state, scope, input);
            var entered = _run.Bindings.Time.GetUtcNow();
            if (state.AssignsVariables && VariableScope.Current is { } variables)
                variables.StateEntered = entered;
            StateOutcome outcome;
            try
            {
                outcome = state.Type switch
                {
                    StateType.Task => await _tasks.RunAsync(state, input, inputSizeBound, scope, entered, cancellationToken),
                    StateType.Map => await _maps.RunAsync(state, input, inputSizeBound, scope, entered, cancellationToken),
                    StateType.Parallel => await _parallels.RunAsync(state, input, scope, entered, cancellationToken),
                    _ => await _flow.RunAsync(state, input, scope, entered, cancellationToken),
                };
            }
            catch (StatesErrorException e) when (e.Error is StatesErrorNames.Runtime or StatesErrorNames.QueryEvaluationError && !e.NamesState)
            {
                _run.RecordEvaluationFailure(e, scope, state.Name);
                throw e.InState(state.Name, enteredEventId);
            }
            inputSizeBound = outcome.OutputSizeBound
                ?? (outcome.OutputPartOfInput && inputSizeBound is { } bound ? Math.Max(bound, StateIo.EmptyObjectBytes) : (int?)null)
                ?? StateIo.Measure(outcome.Output, state.Name, "returned a result");
            var assigned = state.AssignsVariables ? VariableScope.Current?.TakeRecent() : null;
            _run.Emit(HistoryEventTypes.StateExited(state.Type), scope, state.Name, output: outcome.Output, assigned: assigned?.Values);
            if (outcome.Next is null)
                return outcome.Output;
            name = outcome.Next;
            input = outcome.Output;
        }
    }
}
