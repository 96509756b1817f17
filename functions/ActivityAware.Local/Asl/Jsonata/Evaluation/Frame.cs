namespace ActivityAware.Local.Asl.Jsonata.Evaluation;

/// <summary>A variable scope. Looking up a name bound to undefined continues in the enclosing scope, as in jsonata-js.</summary>
internal sealed class Frame
{
    private readonly Dictionary<string, object?> bindings = new(StringComparer.Ordinal);
    private readonly Frame? parent;

    public Frame(Frame parent)
    {
        this.parent = parent;
        State = parent.State;
    }

    public Frame(Frame? parent, EvaluationState? state)
    {
        this.parent = parent;
        State = state;
    }

    /// <summary>What one evaluation fixes for all its scopes (the clock reading); null only in the built-in functions' scope.</summary>
    public EvaluationState? State { get; }

    public void Bind(string name, object? value) => bindings[name] = value;

    public object? Lookup(string name)
    {
        for (var frame = this; frame is not null; frame = frame.parent)
        {
            if (frame.bindings.TryGetValue(name, out var value) && value is not null)
            {
                return value;
            }
        }

        return null;
    }
}
