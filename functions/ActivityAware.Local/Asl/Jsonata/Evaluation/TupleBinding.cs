namespace ActivityAware.Local.Asl.Jsonata.Evaluation;

/// <summary>One item of a tuple stream: the context value ("@") and the focus, index and parent variables bound with it.</summary>
internal sealed class TupleBinding : Dictionary<string, object?>
{
    public const string ContextKey = "@";

    public TupleBinding()
        : base(StringComparer.Ordinal)
    {
    }

    public TupleBinding(TupleBinding other)
        : base(other, StringComparer.Ordinal)
    {
    }

    public object? Context
    {
        get => TryGetValue(ContextKey, out var context) ? context : null;
        set => this[ContextKey] = value;
    }

    public Frame ToFrame(Frame environment)
    {
        var frame = new Frame(environment);
        foreach (var (name, value) in this)
        {
            frame.Bind(name, value);
        }

        return frame;
    }
}
