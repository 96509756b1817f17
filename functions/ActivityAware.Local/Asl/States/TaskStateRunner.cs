using System.Text.Json.Nodes;
using ActivityAware.Local.Asl.Definition;
using ActivityAware.Local.Asl.Execution;
using ActivityAware.Local.Asl.Tasks;

namespace ActivityAware.Local.Asl.States;

/// <summary>
/// Task: InputPath → Parameters → resource (or mock) under TimeoutSeconds → ResultSelector → Assign (reads that result as <c>$</c>;
/// applied once the output is known) → ResultPath → OutputPath.
/// </summary>
internal sealed class TaskStateRunner(ExecutionRun run, RetryingStateRunner retrying)
{
    private readonly TaskResourceInvoker _resources = new(run.Bindings.Lambda, run.Bindings.Sqs);

    /// <param name="inputSizeBound">What the raw input is known not to exceed in bytes; null: unknown.</param>
    public Task<StateOutcome> RunAsync(StateDefinition state, JsonNode? rawInput, int? inputSizeBound, string scope, DateTimeOffset entered, CancellationToken ct)
    {
        if (state.QueryLanguage == QueryLanguage.Jsonata)
            return RunJsonataAsync(state, rawInput, scope, entered, ct);
        int? resultSizeBound = null;
        return retrying.RunAsync(state, rawInput, scope, async retryCount =>
        {
            resultSizeBound = null;
            Func<JsonNode?> context = () => run.Context(state.Name, entered, retryCount);
            // Parameters only read the effective input (what they take, they copy); without them it is the payload itself, so a copy.
            var effective = state.Parameters is null ? StateIo.Select(state.InputPath, rawInput, context) : StateIo.Read(state.InputPath, rawInput, context);
            var scopeData = new EvaluationScope(effective, context, run.Bindings.Random);
            var parameters = state.Parameters is null ? scopeData.Input : state.Parameters.Evaluate(scopeData);
            if (!(ParametersSizeBound(state, inputSizeBound) <= StateIo.MaxPayloadBytes))
                StateIo.CheckSize(parameters, state.Name, "was given an input");
            run.Emit("TaskScheduled", scope, state.Name, input: parameters, resource: state.Resource);
            // AWS records TaskStarted between the two; a States.Runtime cause names event ids, so the count must match.
            run.Emit("TaskStarted", scope, state.Name, resource: state.Resource);
            JsonNode? result;
            try
            {
                var response = await InvokeWithTimeout(state, parameters, scopeData, retryCount, ct);
                result = response.Payload;
                // A response known to be within the limit needs no measuring: its size bound is what later states need.
                resultSizeBound = response.SizeBound is { } bound && bound <= StateIo.MaxPayloadBytes
                    ? (int)bound
                    : StateIo.Measure(result, ResultSource(state.Resource), "returned a result");
            }
            catch (StatesErrorException e)
            {
                run.Emit(e.Error == StatesErrorNames.Timeout ? "TaskTimedOut" : "TaskFailed", scope, state.Name, error: e.Error, cause: e.Cause);
                throw;
            }
            run.Emit("TaskSucceeded", scope, state.Name, output: result);
            return StateIo.Complete(state, scopeData, rawInput, result, context);
        }, ct, OutputIsPartOfResult(state) ? () => resultSizeBound is { } size ? Math.Max(size, StateIo.EmptyObjectBytes) : null : null);
    }

    /// <summary>
    /// What the effective parameters cannot exceed: InputPath selects a part of the raw input (or <c>{}</c>), and Parameters, when
    /// present, only adds its own text to what its paths select of that part. Null when nothing is known.
    /// </summary>
    private static long? ParametersSizeBound(StateDefinition state, int? inputSizeBound)
    {
        if (inputSizeBound is not { } bound || !StateIo.SelectsPart(state.InputPath))
            return null;
        var effective = Math.Max(bound, StateIo.EmptyObjectBytes);
        return state.Parameters is null ? effective : state.Parameters.SizeBound(effective);
    }

    /// <summary>
    /// The result was measured above; with no ResultSelector and ResultPath <c>$</c> the output is what OutputPath selects of it, so
    /// part of it when OutputPath selects a part.
    /// </summary>
    private static bool OutputIsPartOfResult(StateDefinition state) =>
        state.ResultSelector is null && state.ResultPath.Path is { IsWholeDocument: true, IsContext: false } && StateIo.SelectsPart(state.OutputPath);

    /// <summary>
    /// A JSONata Task: Arguments (default: the input) → resource under TimeoutSeconds → Assign and Output over <c>$states.result</c>
    /// (default output: the result).
    /// </summary>
    private Task<StateOutcome> RunJsonataAsync(StateDefinition state, JsonNode? rawInput, string scope, DateTimeOffset entered, CancellationToken ct) =>
        retrying.RunAsync(state, rawInput, scope, async retryCount =>
        {
            var states = new JsonataScope(rawInput, () => run.Context(state.Name, entered, retryCount), run.Bindings.Time);
            var arguments = state.Arguments is null ? AslJson.Clone(rawInput) : state.Arguments.Evaluate(states);
            StateIo.CheckSize(arguments, state.Name, "was given an input");
            int? timeout = state.TimeoutSecondsExpression is { } expression
                ? (int)JsonataStateIo.Integer(expression, states, "TimeoutSeconds", 1, 99_999_999)
                : state.TimeoutSeconds;
            // No local task sends heartbeats, so HeartbeatSeconds bounds nothing here; its expression still has to yield a valid value.
            if (state.HeartbeatSecondsExpression is { } heartbeat)
                JsonataStateIo.Integer(heartbeat, states, "HeartbeatSeconds", 1, 99_999_999);
            run.Emit("TaskScheduled", scope, state.Name, input: arguments, resource: state.Resource);
            run.Emit("TaskStarted", scope, state.Name, resource: state.Resource);
            JsonNode? result;
            try
            {
                var response = await InvokeJsonata(state, arguments, timeout, retryCount, ct);
                result = response.Payload;
                if (!(response.SizeBound is { } bound && bound <= StateIo.MaxPayloadBytes))
                    StateIo.Measure(result, ResultSource(state.Resource), "returned a result");
            }
            catch (StatesErrorException e)
            {
                run.Emit(e.Error == StatesErrorNames.Timeout ? "TaskTimedOut" : "TaskFailed", scope, state.Name, error: e.Error, cause: e.Cause);
                throw;
            }
            run.Emit("TaskSucceeded", scope, state.Name, output: result);
            return JsonataStateIo.Complete(state, states.WithResult(result), result);
        }, ct);

    private static int? TimeoutSeconds(StateDefinition state, EvaluationScope scope) =>
        state.TimeoutSecondsPath is { } path
            ? (int)Math.Min(path.EvaluateInteger(scope, "TimeoutSecondsPath", 1, n => $"Expected positive integer for TimeoutSeconds, got '{n}' instead."), int.MaxValue)
            : state.TimeoutSeconds;

    private async Task<LambdaResponse> InvokeWithTimeout(StateDefinition state, JsonNode? parameters, EvaluationScope scope, int retryCount, CancellationToken ct)
    {
        if (MockedOrUnrunnable(state, retryCount) is { } mocked)
            return mocked;
        var timeout = TimeoutSeconds(state, scope);
        if (timeout is null)
            return await _resources.InvokeAsync(state.Resource!, parameters, ct);
        return await WithTimeout(state, parameters, timeout.Value, ct);
    }

    /// <summary>A JSONata Task's call, its TimeoutSeconds already evaluated.</summary>
    private Task<LambdaResponse> InvokeJsonata(StateDefinition state, JsonNode? arguments, int? timeout, int retryCount, CancellationToken ct)
    {
        if (MockedOrUnrunnable(state, retryCount) is { } mocked)
            return Task.FromResult(mocked);
        return timeout is null ? _resources.InvokeAsync(state.Resource!, arguments, ct) : WithTimeout(state, arguments, timeout.Value, ct);
    }

    /// <summary>The mock's response when the mocker covers the state; States.Runtime when the task cannot run locally; else null.</summary>
    private LambdaResponse? MockedOrUnrunnable(StateDefinition state, int retryCount)
    {
        if (run.Bindings.Mocker is { } mocker && mocker.Covers(state.Name))
            return new LambdaResponse(Mocked(mocker, state.Name, retryCount));
        if (_resources.WhyNotRunnable(state) is { } why)
            throw new StatesErrorException(StatesErrorNames.Runtime, $"The task '{state.Name}' cannot run locally: {why}.");
        return null;
    }

    private async Task<LambdaResponse> WithTimeout(StateDefinition state, JsonNode? parameters, int timeout, CancellationToken ct)
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(ct);
        // The timer starts before the work so a clock moved by the work itself still fires it.
        var timer = Task.Delay(TimeSpan.FromSeconds(timeout), run.Bindings.Time, cts.Token);
        var work = _resources.InvokeAsync(state.Resource!, parameters, cts.Token);
        var first = await Task.WhenAny(work, timer);
        await cts.CancelAsync();
        if (first == work)
            return await work;
        _ = work.ContinueWith(t => t.Exception, TaskScheduler.Default);
        // AWS gives a task timeout no cause (a Catch sees "Cause": ""). AWS recording: localstack v2/timeouts/test_timeouts.snapshot.json,
        // test_fixed_timeout_service_lambda; v2/error_handling/test_task_service_lambda.snapshot.json, test_invoke_timeout.
        throw new StatesErrorException(StatesErrorNames.Timeout, null);
    }

    /// <summary>
    /// What AWS names in a too-large task result's cause: the resource type of a service integration (<c>lambda</c> for
    /// <c>arn:aws:states:::lambda:invoke</c>), else the resource ARN itself (AWS recording: localstack
    /// v2/error_handling/test_states_errors.snapshot.json, test_service_task_lambada_… and test_task_lambda_data_limit_exceeded_…).
    /// </summary>
    internal static string ResultSource(string? resource)
    {
        const string service = "arn:aws:states:::";
        if (resource is null)
            return "";
        if (!resource.StartsWith(service, StringComparison.Ordinal))
            return resource;
        var rest = resource.AsSpan(service.Length);
        var colon = rest.IndexOf(':');
        return (colon < 0 ? rest : rest[..colon]).ToString();
    }

    private static JsonNode? Mocked(ITaskMocker mocker, string stateName, int retryCount)
    {
        var response = mocker.ResponseFor(stateName, retryCount)
            ?? throw new StatesErrorException(StatesErrorNames.Runtime, $"The mock for state '{stateName}' has no response for attempt {retryCount}.");
        if (response.IsThrow)
            throw new StatesErrorException(response.Error, response.Cause);
        return AslJson.Clone(response.Return);
    }
}
