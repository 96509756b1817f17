using System.Text.Json.Nodes;
using ActivityAware.Local.Asl.Definition;
using ActivityAware.Local.Asl.Execution;

namespace ActivityAware.Local.Asl.States;

/// <summary>
/// Parallel: every branch gets the effective input (a JSONata state's Arguments, else its input); the result is the branch outputs in branch order; a failed branch fails the state
/// with its error. Each branch reads the variables around the Parallel state and keeps its own assignments.
/// </summary>
internal sealed class ParallelStateRunner(ExecutionRun run, RetryingStateRunner retrying, GraphRunner graphs)
{
    public Task<StateOutcome> RunAsync(StateDefinition state, JsonNode? rawInput, string scope, DateTimeOffset entered, CancellationToken ct) =>
        retrying.RunAsync(state, rawInput, scope, async retryCount =>
        {
            Func<JsonNode?> context = () => run.Context(state.Name, entered, retryCount);
            JsonataScope? jsonata = null;
            EvaluationScope? scopeData = null;
            JsonNode? input;
            if (state.QueryLanguage == QueryLanguage.Jsonata)
            {
                jsonata = new JsonataScope(rawInput, context, run.Bindings.Time);
                input = state.Arguments is null ? rawInput : state.Arguments.Evaluate(jsonata);
            }
            else
            {
                scopeData = new EvaluationScope(StateIo.Select(state.InputPath, rawInput, context), context, run.Bindings.Random);
                input = state.Parameters is null ? scopeData.Input : state.Parameters.Evaluate(scopeData);
            }
            run.Emit("ParallelStateStarted", scope, state.Name);
            var prefix = scope.Length == 0 ? "" : scope + "/";
            var outputs = await ConcurrentRuns.RunAllAsync(state.Branches.Count, 0,
                (i, token) => graphs.RunAsync(state.Branches[i], AslJson.Clone(input), $"{prefix}{state.Name}.Branches[{i}]", inputSizeBound: null, token), ct);
            if (outputs.Failure is { } failure)
            {
                run.Emit("ParallelStateFailed", scope, state.Name, error: failure.Error, cause: failure.Cause);
                throw failure;
            }
            run.Emit("ParallelStateSucceeded", scope, state.Name);
            JsonNode? result = new JsonArray(outputs.Results.ToArray());
            return jsonata is not null
                ? JsonataStateIo.Complete(state, jsonata.WithResult(result), result)
                : StateIo.Complete(state, scopeData!, rawInput, result, context);
        }, ct);
}
