using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using ActivityAware.Local.Asl.Definition;
using ActivityAware.Local.Asl.States;
using ActivityAware.Local.Asl.Tasks;
using ActivityAware.Local.Asl.Variables;

namespace ActivityAware.Local.Asl.Execution;

/// <summary>
/// Runs executions of one loaded definition in process. Building it checks every Task can run with the bindings
/// (a bound function, the SQS sink, or a mock), so a misconfigured replay fails before the first event.
/// </summary>
public sealed class StateMachineInterpreter
{
    private readonly InterpreterBindings _bindings;
    private readonly bool _assignsVariables;

    public StateMachineInterpreter(StateMachineDefinition definition, InterpreterBindings bindings)
    {
        Definition = definition;
        _bindings = bindings;
        _assignsVariables = definition.AllStates().Any(s => s.AssignsVariables);
        var resources = new TaskResourceInvoker(bindings.Lambda, bindings.Sqs);
        foreach (var state in definition.AllStates().Where(s => s.Type == StateType.Task && bindings.CheckTasksAtLoad))
        {
            if (bindings.Mocker?.Covers(state.Name) == true)
                continue;
            if (resources.WhyNotRunnable(state) is { } why)
                throw new AslDefinitionException(state.Name, "Resource", why);
        }
        if (bindings.CheckTasksAtLoad && bindings.S3 is null
            && definition.AllStates().FirstOrDefault(s => s.Distributed is { ItemReader: not null } or { ResultWriter: not null }) is { } s3State)
        {
            throw new AslDefinitionException(s3State.Name, s3State.Distributed!.ItemReader is null ? "ResultWriter" : "ItemReader",
                "needs S3 bound (InterpreterBindings.S3): the local interpreter reads and writes S3 through it");
        }
    }

    public StateMachineDefinition Definition { get; }

    /// <summary>Runs one execution to its end. Errors inside the execution are results, not exceptions.</summary>
    public Task<ExecutionResult> ExecuteAsync(JsonNode? input, ExecutionOptions? options = null, CancellationToken cancellationToken = default) =>
        ExecuteAsync(input, inputSizeBound: null, options, cancellationToken);

    /// <summary>
    /// Runs one execution with an object input parsed from JSON text (as StartExecution receives it); the text's length bounds the input's
    /// size, so it need not be written out to check the payload limit.
    /// </summary>
    public Task<ExecutionResult> ExecuteAsync(JsonElement input, ExecutionOptions? options = null, CancellationToken cancellationToken = default) =>
        input.ValueKind == JsonValueKind.Object
            ? ExecuteAsync(JsonObject.Create(input), JsonTextSizeBound.Of(JsonMarshal.GetRawUtf8Value(input).Length), options, cancellationToken)
            : ExecuteAsync(JsonNode.Parse(JsonMarshal.GetRawUtf8Value(input)), options, cancellationToken);

    private async Task<ExecutionResult> ExecuteAsync(JsonNode? input, long? inputSizeBound, ExecutionOptions? options, CancellationToken cancellationToken)
    {
        input ??= new JsonObject();
        // Set inside this asynchronous method, so it holds for this execution's states only; machines that assign nothing hold nothing.
        VariableScope.Current = _assignsVariables ? new VariableScope() : null;
        var run = new ExecutionRun(Definition, _bindings, input, options ?? new ExecutionOptions());
        run.Emit("ExecutionStarted", "", input: input);
        try
        {
            var inputSize = inputSizeBound is { } bound && bound <= StateIo.MaxPayloadBytes
                ? (int)bound
                : StateIo.Measure(input, Definition.Name, "was started with an input");
            var output = await RunWithTimeout(run, input, inputSize, cancellationToken);
            run.Emit("ExecutionSucceeded", "", output: output);
            return new ExecutionResult(ExecutionStatus.Succeeded, output, null, null, run.Entered, run.Events);
        }
        catch (StatesErrorException e)
        {
            var timedOut = e.Error == StatesErrorNames.Timeout && e.Cause == ExecutionTimeoutCause;
            run.Emit(timedOut ? "ExecutionTimedOut" : "ExecutionFailed", "", error: e.Error, cause: e.Cause);
            return new ExecutionResult(timedOut ? ExecutionStatus.TimedOut : ExecutionStatus.Failed, null, e.Error, e.Cause, run.Entered, run.Events);
        }
    }

    private const string ExecutionTimeoutCause = "The execution exceeded the state machine's TimeoutSeconds.";

    private async Task<JsonNode?> RunWithTimeout(ExecutionRun run, JsonNode? input, int inputSize, CancellationToken ct)
    {
        var graphs = new GraphRunner(run);
        if (Definition.TimeoutSeconds is not { } timeout)
            return await graphs.RunAsync(Definition.Graph, input, "", inputSizeBound: inputSize, ct);
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var timer = Task.Delay(TimeSpan.FromSeconds(timeout), _bindings.Time, cts.Token);
        var work = graphs.RunAsync(Definition.Graph, input, "", inputSizeBound: inputSize, cts.Token);
        var first = await Task.WhenAny(work, timer);
        await cts.CancelAsync();
        if (first == work)
            return await work;
        _ = work.ContinueWith(t => t.Exception, TaskScheduler.Default);
        ct.ThrowIfCancellationRequested();
        throw new StatesErrorException(StatesErrorNames.Timeout, ExecutionTimeoutCause);
    }
}
