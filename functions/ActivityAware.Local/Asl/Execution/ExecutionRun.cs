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
    private readonly JsonObject _execution;
    private readonly JsonObject _stateMachine;

    public ExecutionRun(StateMachineDefinition definition, InterpreterBindings bindings, JsonNode? input, ExecutionOptions options)
    {
        Bindings = bindings;
        Waiter = bindings.Waiter ?? new TimeProviderWaiter(bindings.Time);
        var name = options.ExecutionName ?? NewId(bindings.Random);
        var machineArn = $"arn:aws:states:{options.Region}:{options.AccountId}:stateMachine:{definition.Name}";
        _execution = new JsonObject
        {
            ["Id"] = $"arn:aws:states:{options.Region}:{options.AccountId}:execution:{definition.Name}:{name}",
            ["Input"] = AslJson.Clone(input),
            ["Name"] = name,
            ["RoleArn"] = options.RoleArn ?? $"arn:aws:iam::{options.AccountId}:role/{definition.Name}-role",
            ["StartTime"] = Timestamp(bindings.Time.GetUtcNow()),
            ["RedriveCount"] = 0,
        };
        _stateMachine = new JsonObject { ["Id"] = machineArn, ["Name"] = definition.Name };
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

    /// <summary>The context object for one state: <c>$$.Execution</c>, <c>$$.StateMachine</c>, <c>$$.State</c> and, in ItemSelector, <c>$$.Map.Item</c>.</summary>
    public JsonObject Context(string stateName, DateTimeOffset enteredTime, int retryCount, JsonObject? mapItem = null)
    {
        var context = new JsonObject
        {
            ["Execution"] = _execution.DeepClone(),
            ["State"] = new JsonObject { ["EnteredTime"] = Timestamp(enteredTime), ["Name"] = stateName, ["RetryCount"] = retryCount },
            ["StateMachine"] = _stateMachine.DeepClone(),
        };
        if (mapItem is not null)
            context["Map"] = new JsonObject { ["Item"] = mapItem };
        return context;
    }

    public void Enter(StateDefinition state, string scope, JsonNode? input)
    {
        lock (_gate)
            _entered.Add(new EnteredState(state.Name, state.Type, scope));
        Emit($"{state.Type}StateEntered", scope, state.Name, input: input);
    }

    public void Emit(string type, string scope, string? stateName = null, JsonNode? input = null, JsonNode? output = null,
        int? index = null, string? error = null, string? cause = null, string? resource = null)
    {
        lock (_gate)
        {
            var payloads = Bindings.RecordPayloads || Bindings.Observer is not null;
            var e = new ExecutionEvent(_events.Count + 1, type, Bindings.Time.GetUtcNow(), scope, stateName,
                payloads ? AslJson.Clone(input) : null, payloads ? AslJson.Clone(output) : null, index, error, cause, resource);
            _events.Add(e);
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
