namespace ActivityAware.Local.Asl.Jsonata.Values;

/// <summary>
/// A JSON array or a JSONata sequence (a result list that unwraps to its only item and flattens along paths).
/// The flags carry jsonata-js's array markers: they decide how a path step treats the list.
/// </summary>
public sealed class JsonataArray : List<object?>
{
    public JsonataArray()
    {
    }

    public JsonataArray(IEnumerable<object?> items)
        : base(items)
    {
    }

    /// <summary>A result sequence rather than a JSON array value.</summary>
    public bool IsSequence { get; set; }

    /// <summary>Stays an array even with one item (the <c>[]</c> keep-array marker).</summary>
    public bool KeepSingleton { get; set; }

    /// <summary>The one-item sequence wrapping an input document that is itself an array.</summary>
    public bool OuterWrapper { get; set; }

    /// <summary>Items are tuple bindings (focus, index and parent variables), not values.</summary>
    public bool IsTupleStream { get; set; }

    /// <summary>Built by an array constructor: a path step keeps it whole instead of flattening it.</summary>
    public bool IsConstructed { get; set; }

    public static JsonataArray CreateSequence() => new() { IsSequence = true };

    /// <summary>A sequence of one item; the item may be undefined (null), as jsonata-js's createSequence(arg).</summary>
    public static JsonataArray CreateSequence(object? item)
    {
        var sequence = CreateSequence();
        sequence.Add(item);
        return sequence;
    }
}
