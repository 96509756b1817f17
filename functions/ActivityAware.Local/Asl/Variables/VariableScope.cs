using System.Text.Json.Nodes;

namespace ActivityAware.Local.Asl.Variables;

/// <summary>
/// The workflow variables one graph sees: its own, then those of the graphs around it. The top level has one scope per execution; each
/// Parallel branch and Map iteration gets a child that reads the outer values and keeps what it assigns to itself. A scope is only
/// changed by the graph that owns it, between states, and its parent does not change while a child runs (the Map or Parallel state
/// assigns only when it exits), so concurrent children read without locks.
/// </summary>
public sealed class VariableScope
{
    /// <summary>Step Functions' limit on the variables an execution holds at once.</summary>
    public const long MaxTotalBytes = 10L * 1024 * 1024;

    private readonly VariableScope? _parent;
    private Dictionary<string, (JsonNode? Value, int Size)>? _values;
    private long _bytes;

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
    }

    public static StatesErrorException Undefined(string name) =>
        new(StatesErrorNames.Runtime, $"Invalid path '${name}': the variable '{name}' is not defined; no state before this one assigned it in this scope or an enclosing one.");
}
