using System.Text.Json.Nodes;
using ActivityAware.Local.Asl.Definition;
using ActivityAware.Local.Asl.Execution;
using ActivityAware.Local.Asl.Variables;

namespace ActivityAware.Local.Asl.States;

/// <summary>
/// Retry and Catch for Task, Map and Parallel: the first retrier whose ErrorEquals matches decides (each retrier counts its
/// own attempts; delay = IntervalSeconds × BackoffRate^attempt, capped by MaxDelaySeconds, FULL jitter draws from [0, delay]);
/// once it is exhausted, or none matches, the first matching catcher routes the error output to its Next and assigns what its Assign
/// makes of the error output (the state's own Assign does not apply then).
/// </summary>
internal sealed class RetryingStateRunner(ExecutionRun run)
{
    /// <param name="outputSizeBound">After a successful attempt: what its output is known not to exceed in bytes, if anything (a caught error's output is never known).</param>
    public async Task<StateOutcome> RunAsync(StateDefinition state, JsonNode? rawInput, string scope,
        Func<int, Task<JsonNode?>> attempt, CancellationToken cancellationToken, Func<int?>? outputSizeBound = null)
    {
        var attempts = new int[state.Retry.Count];
        var retryCount = 0;
        while (true)
        {
            try
            {
                var output = await attempt(retryCount);
                return new StateOutcome(output, state.Next, OutputSizeBound: outputSizeBound?.Invoke());
            }
            catch (StatesErrorException e)
            {
                run.RecordEvaluationFailure(e, scope, state.Name);
                var retrierIndex = FirstMatch(state.Retry.Select(r => r.ErrorEquals), e.Error);
                if (retrierIndex >= 0 && attempts[retrierIndex] < state.Retry[retrierIndex].MaxAttempts)
                {
                    var delay = Delay(state.Retry[retrierIndex], attempts[retrierIndex]);
                    attempts[retrierIndex]++;
                    retryCount++;
                    await run.Waiter.WaitAsync(delay, cancellationToken);
                    continue;
                }
                var catcherIndex = FirstMatch(state.Catch.Select(c => c.ErrorEquals), e.Error);
                if (catcherIndex < 0)
                    throw;
                var catcher = state.Catch[catcherIndex];
                var errorOutput = StateIo.ErrorOutput(e);
                if (state.QueryLanguage == QueryLanguage.Jsonata)
                    return new StateOutcome(CatchJsonata(catcher, state, rawInput, errorOutput, retryCount), catcher.Next);
                var assigned = catcher.Assign is null ? null : CatchAssign(catcher.Assign, state, errorOutput, retryCount);
                var output = StateIo.ApplyResultPath(catcher.ResultPath, rawInput, errorOutput);
                VariableScope.Assign(assigned, state.Name);
                return new StateOutcome(output, catcher.Next);
            }
        }
    }

    /// <summary>A catcher's Assign over the error output; apart so that states without one build no closure for it.</summary>
    private AssignedVariables CatchAssign(VariableAssignment assign, StateDefinition state, JsonNode errorOutput, int retryCount)
    {
        var entered = VariableScope.Current!.StateEntered;
        return assign.Evaluate(new EvaluationScope(errorOutput, () => run.Context(state.Name, entered, retryCount), run.Bindings.Random), state.Name);
    }

    /// <summary>A JSONata Catcher: its Output (default: the error output) and Assign, both reading <c>$states.errorOutput</c>.</summary>
    private JsonNode? CatchJsonata(Catcher catcher, StateDefinition state, JsonNode? rawInput, JsonObject errorOutput, int retryCount)
    {
        var entered = VariableScope.Current?.StateEntered ?? run.Bindings.Time.GetUtcNow();
        var scope = new JsonataScope(rawInput, () => run.Context(state.Name, entered, retryCount), run.Bindings.Time).WithErrorOutput(errorOutput);
        return JsonataStateIo.Complete(state.Name, catcher.Output, catcher.Assign, scope, errorOutput);
    }

    private TimeSpan Delay(Retrier retrier, int attempt)
    {
        var seconds = retrier.IntervalSeconds * Math.Pow(retrier.BackoffRate, attempt);
        if (retrier.MaxDelaySeconds is { } max)
            seconds = Math.Min(seconds, max);
        if (retrier.JitterStrategy == JitterStrategy.Full)
            seconds *= run.Bindings.Random.NextDouble();
        return TimeSpan.FromSeconds(Math.Min(seconds, TimeSpan.MaxValue.TotalSeconds / 2));
    }

    private static int FirstMatch(IEnumerable<IReadOnlyList<string>> lists, string? error)
    {
        var i = 0;
        foreach (var list in lists)
        {
            if (StatesErrorNames.Matches(list, error))
                return i;
            i++;
        }
        return -1;
    }
}
