using System.Text.Json.Nodes;
using ActivityAware.Local.Asl.Choice;
using ActivityAware.Local.Asl.Definition;
using ActivityAware.Local.Asl.Execution;

namespace ActivityAware.Local.Asl.States;

/// <summary>
/// Pass, Choice, Wait, Succeed and Fail in the JSONata query language. A Choice state evaluates its rules' Conditions in order; the first
/// that yields true decides, and its Output and Assign (not the state's) apply; with none it takes Default with the state's own.
/// </summary>
internal static class JsonataFlowStateRunner
{
    // Static, taking the run: a JSONPath machine's per-execution runners hold nothing for JSONata.
    public static async Task<StateOutcome> RunAsync(ExecutionRun run, StateDefinition state, JsonNode? input, DateTimeOffset entered, CancellationToken ct)
    {
        var scope = new JsonataScope(input, () => run.Context(state.Name, entered, retryCount: null), run.Bindings.Time);
        switch (state.Type)
        {
            case StateType.Fail:
                throw Fail(state, scope);
            case StateType.Choice:
                return Choose(state, scope);
            case StateType.Wait:
                await run.Waiter.WaitAsync(WaitTime(run, state, scope), ct);
                return new StateOutcome(JsonataStateIo.Complete(state, scope, AslJson.Clone(input)), state.Next);
            default:
                return new StateOutcome(JsonataStateIo.Complete(state, scope, AslJson.Clone(input)), state.Next);
        }
    }

    private static StateOutcome Choose(StateDefinition state, JsonataScope scope)
    {
        ChoiceBranch? matched = null;
        for (var i = 0; i < state.Choices.Count && matched is null; i++)
        {
            if (Condition(state.Choices[i].Condition!, scope, $"Choices[{i}]/Condition"))
                matched = state.Choices[i];
        }
        var next = matched?.Next ?? state.Default
            ?? throw new StatesErrorException(StatesErrorNames.NoChoiceMatched,
                $"No choice rule of the Choice state '{state.Name}' matched the input and it has no Default.");
        var output = matched is null
            ? JsonataStateIo.Complete(state, scope, AslJson.Clone(scope.Input))
            : JsonataStateIo.Complete(state.Name, matched.Output, matched.Assign, scope, AslJson.Clone(scope.Input));
        return new StateOutcome(output, next);
    }

    private static bool Condition(JsonataTemplate condition, JsonataScope scope, string field)
    {
        var value = condition.Evaluate(scope);
        return AslJson.IsBoolean(value) ? value!.GetValue<bool>() : throw JsonataStateIo.UnexpectedType(condition, field, "boolean", value);
    }

    private static TimeSpan WaitTime(ExecutionRun run, StateDefinition state, JsonataScope scope)
    {
        if (state.SecondsExpression is { } secondsExpression)
            return TimeSpan.FromSeconds(JsonataStateIo.Integer(secondsExpression, scope, "Seconds", 0, 99_999_999));
        if (state.Seconds is { } seconds)
            return TimeSpan.FromSeconds(seconds);
        var until = state.Timestamp ?? Timestamp(state.TimestampExpression!, scope);
        var delay = until - run.Bindings.Time.GetUtcNow();
        return delay > TimeSpan.Zero ? delay : TimeSpan.Zero;
    }

    private static DateTimeOffset Timestamp(JsonataTemplate expression, JsonataScope scope)
    {
        var text = JsonataStateIo.Text(expression, scope, "Timestamp");
        return Rfc3339Timestamp.TryParse(text, out var t)
            ? t
            : throw new StatesErrorException(StatesErrorNames.QueryEvaluationError,
                $"The JSONata expression '{expression.Expression?.Text}' specified for the field 'Timestamp' returned '{text}', which is not an ISO-8601 extended offset date-time such as 2016-03-14T01:59:00Z.")
            {
                EvaluationField = "Timestamp",
            };
    }

    private static StatesErrorException Fail(StateDefinition state, JsonataScope scope)
    {
        var error = state.ErrorExpression is { } errorExpression ? JsonataStateIo.Text(errorExpression, scope, "Error") : state.Error;
        var cause = state.CauseExpression is { } causeExpression ? JsonataStateIo.Text(causeExpression, scope, "Cause") : state.Cause;
        return new StatesErrorException(error, cause);
    }
}
