namespace ActivityAware.Local.Asl.Jsonata.Values;

/// <summary>A JSON object: keys in insertion order, values in the JSONata value model.</summary>
public sealed class JsonataObject : OrderedDictionary<string, object?>
{
    public JsonataObject()
        : base(StringComparer.Ordinal)
    {
    }
}
