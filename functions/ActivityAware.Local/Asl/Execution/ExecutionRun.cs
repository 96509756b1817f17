using System.Globalization;
using System.Text.Json.Nodes;
using ActivityAware.Local.Asl.Definition;

namespace ActivityAware.Local.Asl.Execution;

/// <summary>The per-execution state: bindings, the context object's fixed part, and the recorded history.</summary>
internal sealed class ExecutionRun
{
    private readonly object _gate = new();
    private readonly List<ExecutionEvent> _events = [];
    private readonly List<EnteredState> _entered = [];
    private readonly StateMachineDefinition _definition;
    private readonly JsonNode? _input;
    private readonly ExecutionOptions _options;
    private readonly string _name;
    private readonly DateTimeOffset _startTime;
    private JsonObject? _execution;
    private JsonObject? _stateMachine;

    public ExecutionRun(StateMachineDefinition definition, InterpreterBindings bindings, JsonNode? input, ExecutionOptions options)
    {
        Bindings = bindings;
        Waiter = bindings.Waiter ?? new TimeProviderWaiter(bindings.Time);
        _definition = definition;
        _input = input;
        _options = options;
        _name = options.ExecutionName ?? NewId(bindings.Random);
        _startTime = bindings.Time.GetUtcNow();
    }

    public InterpreterBindings Bindings { get; }

    public IWaiter Waiter { get; }

    public IReadOnlyList<ExecutionEvent> Events
    {
        get { lock (_gate) return _events.ToList(); }
    }

    public IReadOnlyList<EnteredState> Entered
    {
        get { lock (_gate) return _entered.ToList(); }
    }

    public static string Timestamp(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    /// <summary>
    /// The context object for one state: <c>$$.Execution</c>, <c>$$.StateMachine</c>, <c>$$.State</c> and, in ItemSelector, <c>$$.Map.Item</c>,
    /// members in AWS's order (AWS recording: localstack v2/context_object/test_context_object.snapshot.json, test_input_path[$$]: a Pass
    /// state's <c>$$.State</c> is <c>{"Name","EnteredTime"}</c>). <paramref name="retryCount"/> is null for a state that cannot retry.
    /// </summary>
    public JsonObject Context(string stateName, DateTimeOffset enteredTime, int? retryCount, JsonObject? mapItem = null)
    {
        var (execution, stateMachine) = ChildExecution.Current is { } child ? (child.Execution, child.StateMachine) : FixedContext();
        var state = new JsonObject { ["Name"] = stateName, ["EnteredTime"] = Timestamp(enteredTime) };
        if (retryCount is { } retries)
            state["RetryCount"] = retries;
        var context = new JsonObject
        {
            ["Execution"] = execution.DeepClone(),
            ["StateMachine"] = stateMachine.DeepClone(),
            ["State"] = state,
        };
        if (mapItem is not null)
            context["Map"] = new JsonObject { ["Item"] = mapItem };
        return context;
    }

    /// <summary>
    /// <c>$$.Execution</c> and <c>$$.StateMachine</c>, built when a state first reads the context object: most executions never do, and
    /// the execution part carries a copy of the input (which no state changes: every state writes into copies).
    /// </summary>
    private (JsonObject Execution, JsonObject StateMachine) FixedContext()
    {
        lock (_gate)
        {
            if (_execution is null || _stateMachine is null)
            {
                var (region, account, name) = (_options.Region, _options.AccountId, _definition.Name);
                _execution = new JsonObject
                {
                    ["Id"] = $"arn:aws:states:{region}:{account}:execution:{name}:{_name}",
                    ["Input"] = AslJson.Clone(_input),
                    ["StartTime"] = Timestamp(_startTime),
                    ["Name"] = _name,
                    ["RoleArn"] = _options.RoleArn ?? $"arn:aws:iam::{account}:role/{name}-role",
                    ["RedriveCount"] = 0,
                };
                _stateMachine = new JsonObject { ["Id"] = $"arn:aws:states:{region}:{account}:stateMachine:{name}", ["Name"] = name };
            }
            return (_execution, _stateMachine);
        }
    }

    /// <summary>
    /// The context of a Distributed Map's child workflow execution: its own execution (named <paramref name="childName"/>, started with
    /// <paramref name="input"/>) of the state machine <c>NAME/MAPRUN</c> that the Map Run <paramref name="mapRunName"/> derives from this one.
    /// </summary>
    public ChildExecution NewChildExecution(string mapRunName, string childName, string executionType, JsonNode? input)
    {
        var (region, account, name) = (_options.Region, _options.AccountId, _definition.Name);
        var resourceType = executionType == DistributedMapDefinition.Express ? "express" : "execution";
        var execution = new JsonObject
        {
            ["Id"] = $"arn:aws:states:{region}:{account}:{resourceType}:{name}/{mapRunName}:{childName}",
            ["Input"] = AslJson.Clone(input),
            ["StartTime"] = Timestamp(Bindings.Time.GetUtcNow()),
            ["Name"] = childName,
            ["RoleArn"] = _options.RoleArn ?? $"arn:aws:iam::{account}:role/{name}-role",
            ["RedriveCount"] = 0,
        };
        var stateMachine = new JsonObject { ["Id"] = $"arn:aws:states:{region}:{account}:stateMachine:{name}/{mapRunName}", ["Name"] = $"{name}/{mapRunName}" };
        return new ChildExecution(execution, stateMachine);
    }

    /// <summary>The ARN of a Map Run of this execution's state machine: <c>arn:aws:states:REGION:ACCOUNT:mapRun:NAME/MAPRUN:ID</c>.</summary>
    public string MapRunArn(string mapRunName, string id) =>
        $"arn:aws:states:{_options.Region}:{_options.AccountId}:mapRun:{_definition.Name}/{mapRunName}:{id}";

    /// <summary>A fresh identifier in UUID form, from the bindings' random (seeded runs repeat it).</summary>
    public string NewId() => NewId(Bindings.Random);

    /// <summary>
    /// Records the state as entered (a child workflow execution's states are its own, not this execution's); returns the id of its
    /// StateEntered event, which AWS names in a States.Runtime cause.
    /// </summary>
    public long Enter(StateDefinition state, string scope, JsonNode? input)
    {
        if (ChildExecution.Current is null)
        {
            lock (_gate)
                _entered.Add(new EnteredState(state.Name, state.Type, scope));
        }
        return Emit(HistoryEventTypes.StateEntered(state.Type), scope, state.Name, input: input);
    }

    /// <summary>
    /// Appends a history event, to the child workflow execution's own history inside a Distributed Map's child (as AWS keeps it: the
    /// parent records only the Map Run); returns its id. The observer sees both.
    /// </summary>
    /// <param name="assigned">On a state's exit: the variables it assigned (kept, as payloads are, only when they are recorded).</param>
    public long Emit(string type, string scope, string? stateName = null, JsonNode? input = null, JsonNode? output = null,
        int? index = null, string? error = null, string? cause = null, string? resource = null, JsonObject? assigned = null)
    {
        lock (_gate)
        {
            var events = ChildExecution.Current?.History ?? _events;
            var payloads = Bindings.RecordPayloads || Bindings.Observer is not null;
            var e = new ExecutionEvent(events.Count + 1, type, Bindings.Time.GetUtcNow(), scope, stateName,
                payloads ? AslJson.Clone(input) : null, payloads ? AslJson.Clone(output) : null, index, error, cause, resource);
            // An empty Assign assigns nothing, and AWS history then shows no assignedVariables.
            if (payloads && assigned is { Count: > 0 })
                e = new VariablesAssignedEvent(e, (JsonObject)assigned.DeepClone());
            events.Add(e);
            Bindings.Observer?.OnEvent(e);
            return e.Id;
        }
    }

    /// <summary>
    /// An EvaluationFailed event for a failed JSONata evaluation (its field as the location), once per failure: Step Functions records one
    /// for each evaluation that fails in a JSONata state (GetExecutionHistory's EvaluationFailedEventDetails: error, cause, location, state).
    /// </summary>
    public void RecordEvaluationFailure(StatesErrorException failure, string scope, string stateName)
    {
        if (failure.EvaluationField is null || failure.EvaluationRecorded)
            return;
        failure.EvaluationRecorded = true;
        lock (_gate)
        {
            var events = ChildExecution.Current?.History ?? _events;
            var e = new ExecutionEvent(events.Count + 1, "EvaluationFailed", Bindings.Time.GetUtcNow(), scope, stateName,
                Error: failure.Error, Cause: failure.Cause, Location: failure.EvaluationField);
            events.Add(e);
            Bindings.Observer?.OnEvent(e);
        }
    }

    private static string NewId(Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes).ToString();
    }
}
