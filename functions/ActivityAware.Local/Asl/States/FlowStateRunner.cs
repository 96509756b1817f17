using System.Text.Json.Nodes;
using ActivityAware.Local.Asl.Choice;
using ActivityAware.Local.Asl.Definition;
using ActivityAware.Local.Asl.Execution;
using ActivityAware.Local.Asl.Variables;

namespace ActivityAware.Local.Asl.States;

/// <summary>
/// Pass, Choice, Wait, Succeed and Fail. Assign reads a Pass state's result as <c>$</c>, a Choice or Wait state's effective input; a
/// Choice state assigns what the matching rule's Assign gives, or its own Assign when it takes Default.
/// </summary>
internal sealed class FlowStateRunner(ExecutionRun run)
{
    public async Task<StateOutcome> RunAsync(StateDefinition state, JsonNode? rawInput, string scope, DateTimeOffset entered, CancellationToken ct)
    {
        if (state.QueryLanguage == QueryLanguage.Jsonata)
            return await JsonataFlowStateRunner.RunAsync(run, state, rawInput, entered, ct);
        Func<JsonNode?> context = () => run.Context(state.Name, entered, retryCount: null);
        if (state.Type == StateType.Fail)
            throw Fail(state, new EvaluationScope(rawInput, context, run.Bindings.Random));
        // Read, not copied: every output below is copied from it (OutputPath, ResultPath) or built anew (Parameters, Result).
        var input = StateIo.Read(state.InputPath, rawInput, context);
        var scopeData = new EvaluationScope(input, context, run.Bindings.Random);
        switch (state.Type)
        {
            case StateType.Pass:
                var effective = state.Parameters is null ? input : state.Parameters.Evaluate(scopeData);
                var result = state.HasResult ? AslJson.Clone(state.Result) : effective;
                return new StateOutcome(StateIo.Complete(state, scopeData, rawInput, result, context), state.Next);
            case StateType.Choice:
                var matched = state.Choices.FirstOrDefault(c => c.Rule!.Evaluate(scopeData));
                var next = matched?.Next ?? state.Default
                    ?? throw new StatesErrorException(StatesErrorNames.NoChoiceMatched,
                        $"No choice rule of the Choice state '{state.Name}' matched the input and it has no Default.");
                var choiceAssigned = (matched is null ? state.Assign : matched.Assign)?.Evaluate(scopeData, state.Name);
                var choiceOutput = StateIo.Select(state.OutputPath, input, context);
                VariableScope.Assign(choiceAssigned, state.Name);
                return new StateOutcome(choiceOutput, next, OutputPartOfInput: PassesInputThrough(state));
            case StateType.Wait:
                await run.Waiter.WaitAsync(WaitTime(state, scopeData), ct);
                var waitAssigned = state.Assign?.Evaluate(scopeData, state.Name);
                var waitOutput = StateIo.Select(state.OutputPath, input, context);
                VariableScope.Assign(waitAssigned, state.Name);
                return new StateOutcome(waitOutput, state.Next, OutputPartOfInput: PassesInputThrough(state));
            default:
                return new StateOutcome(StateIo.Select(state.OutputPath, input, context), null, OutputPartOfInput: PassesInputThrough(state));
        }
    }

    /// <summary>Choice, Wait and Succeed output what InputPath then OutputPath select: part of the raw input when both select parts.</summary>
    private static bool PassesInputThrough(StateDefinition state) => StateIo.SelectsPart(state.InputPath) && StateIo.SelectsPart(state.OutputPath);

    private TimeSpan WaitTime(StateDefinition state, EvaluationScope scope)
    {
        if (state.Seconds is { } seconds)
            return TimeSpan.FromSeconds(seconds);
        if (state.SecondsPath is { } secondsPath)
        {
            return TimeSpan.FromSeconds(secondsPath.EvaluateInteger(scope, "SecondsPath", 0,
                n => $"Expected non-negative integer for Seconds, got '{n}' instead."));
        }
        DateTimeOffset until;
        if (state.Timestamp is { } timestamp)
        {
            until = timestamp;
        }
        else
        {
            var value = state.TimestampPath!.Evaluate(scope, "TimestampPath");
            until = AslJson.TryGetString(value, out var text) && Rfc3339Timestamp.TryParse(text, out var t)
                ? t
                // AWS recording: localstack v2/scenarios/test_base_scenarios.snapshot.json, test_wait_timestamp_path[NO_T, NO_Z, INVALID_*].
                : throw new StatesErrorException(StatesErrorNames.Runtime,
                    "The TimestampPath parameter does not reference a valid ISO-8601 extended offset date-time format string: "
                    + $"{state.TimestampPath.Text} == {(AslJson.TryGetString(value, out var shown) ? shown : AslJson.Serialize(value))}");
        }
        var delay = until - run.Bindings.Time.GetUtcNow();
        return delay > TimeSpan.Zero ? delay : TimeSpan.Zero;
    }

    private static StatesErrorException Fail(StateDefinition state, EvaluationScope scope)
    {
        var error = state.ErrorPath is null ? state.Error : Text(state.ErrorPath.Evaluate(scope, "ErrorPath"), state, "ErrorPath");
        var cause = state.CausePath is null ? state.Cause : Text(state.CausePath.Evaluate(scope, "CausePath"), state, "CausePath");
        return new StatesErrorException(error, cause);
    }

    private static string Text(JsonNode? value, StateDefinition state, string field) =>
        AslJson.TryGetString(value, out var text)
            ? text
            : throw new StatesErrorException(StatesErrorNames.Runtime,
                $"The {field} of the Fail state '{state.Name}' must resolve to a string but resolved to {AslJson.Serialize(value)}");
}
