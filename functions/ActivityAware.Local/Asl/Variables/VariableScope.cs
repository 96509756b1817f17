using System.Text.Json.Nodes;

namespace ActivityAware.Local.Asl.Variables;

/// <summary>
/// The workflow variables one graph sees: its own, then those of the graphs around it. The top level has one scope per execution; each
/// Parallel branch and Map iteration gets a child that reads the outer values and keeps what it assigns to itself. A scope is only
/// changed by the graph that owns it, as its states exit, and its parent does not change while a child runs (the Map or Parallel state
/// assigns only when it exits), so concurrent children read without locks.
/// </summary>
public sealed class VariableScope
{
    /// <summary>Step Functions' limit on the variables an execution holds at once.</summary>
    public const long MaxTotalBytes = 10L * 1024 * 1024;

    // Ambient per asynchronous flow (an execution, a branch, an iteration) rather than passed along: a machine that assigns no variables
    // then pays nothing for them, no parameter, field or closure of the interpreter's per-state path grows.
    private static readonly AsyncLocal<VariableScope?> s_current = new();

    private readonly VariableScope? _parent;
    private Dictionary<string, (JsonNode? Value, int Size)>? _values;
    private long _bytes;
    private AssignedVariables? _recent;

    /// <summary>
    /// When the state of this scope's graph that is running now was entered, set only for states that assign variables: what the
    /// context object of a Catch's Assign says (Retry and Catch are handled apart from the state's own evaluation).
    /// </summary>
    public DateTimeOffset StateEntered { get; set; }

    /// <summary>The scope of the graph running on this asynchronous flow; null outside an execution that assigns variables.</summary>
    public static VariableScope? Current
    {
        get => s_current.Value;
        set => s_current.Value = value;
    }

    /// <summary>The values assigned since the last call (what the state now exiting assigned), for its history event; then forgets them.</summary>
    public AssignedVariables? TakeRecent()
    {
        var recent = _recent;
        _recent = null;
        return recent;
    }

    public VariableScope() : this(null)
    {
    }

    private VariableScope(VariableScope? parent) => _parent = parent;

    /// <summary>A scope for a Parallel branch or Map iteration: it reads this one and keeps its own assignments.</summary>
    public VariableScope Child() => new(this);

    /// <summary>The value of <paramref name="name"/> here or in an enclosing scope (nearest first); false when no state assigned it.</summary>
    public bool TryGet(string name, out JsonNode? value)
    {
        for (var scope = this; scope is not null; scope = scope._parent)
        {
            if (scope._values is not null && scope._values.TryGetValue(name, out var entry))
            {
                value = entry.Value;
                return true;
            }
        }
        value = null;
        return false;
    }

    /// <summary>Every variable this scope sees with its value, nearest scope first, each name once.</summary>
    public IEnumerable<KeyValuePair<string, JsonNode?>> Visible()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var scope = this; scope is not null; scope = scope._parent)
        {
            if (scope._values is null)
                continue;
            foreach (var (name, entry) in scope._values)
            {
                if (seen.Add(name))
                    yield return new KeyValuePair<string, JsonNode?>(name, entry.Value);
            }
        }
    }

    /// <summary>Stores what a state assigned; States.DataLimitExceeded when the variables held would pass <see cref="MaxTotalBytes"/>.</summary>
    public void Apply(AssignedVariables assigned, string stateName)
    {
        _values ??= new Dictionary<string, (JsonNode?, int)>(StringComparer.Ordinal);
        var bytes = _bytes;
        var index = 0;
        foreach (var (name, _) in assigned.Values)
        {
            if (_values.TryGetValue(name, out var old))
                bytes -= old.Size;
            bytes += assigned.SizeAt(index++);
        }
        var total = bytes;
        for (var scope = _parent; scope is not null; scope = scope._parent)
            total += scope._bytes;
        if (total > MaxTotalBytes)
            throw new StatesErrorException(StatesErrorNames.DataLimitExceeded,
                $"The state '{stateName}' assigned variables that would bring the variables of the execution to {total} bytes, over the limit of {MaxTotalBytes} bytes.");
        index = 0;
        foreach (var (name, value) in assigned.Values)
            _values[name] = (value, assigned.SizeAt(index++));
        _bytes = bytes;
        // Only once the values are held: a rejected assignment (caught States.DataLimitExceeded) shows none in the state's exit.
        _recent = assigned;
    }

    /// <summary>Applies what a state assigned (nothing when null) to the current scope, once the state's output is known.</summary>
    public static void Assign(AssignedVariables? assigned, string stateName)
    {
        if (assigned is not null)
            (Current ?? throw new InvalidOperationException("Variables are assigned outside an execution that holds them.")).Apply(assigned, stateName);
    }

    /// <summary>The value of variable <paramref name="name"/> in the current scope; States.Runtime when no state assigned it.</summary>
    public static JsonNode? Read(string name) =>
        Current is { } scope && scope.TryGet(name, out var value) ? value : throw Undefined(name);

    private static StatesErrorException Undefined(string name) =>
        new(StatesErrorNames.Runtime, $"Invalid path '${name}': the variable '{name}' is not defined; no state before this one assigned it in this scope or an enclosing one.");
}
