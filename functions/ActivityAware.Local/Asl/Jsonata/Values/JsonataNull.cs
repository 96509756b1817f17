namespace ActivityAware.Local.Asl.Jsonata.Values;

/// <summary>
/// JSON null. In the value model a C# null means "undefined" (no value), so JSON null needs its own marker.
/// </summary>
public sealed class JsonataNull
{
    private JsonataNull()
    {
    }

    public static JsonataNull Value { get; } = new();

    public override string ToString() => "null";
}
