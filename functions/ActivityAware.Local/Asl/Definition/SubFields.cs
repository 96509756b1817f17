using System.Text.Json.Nodes;

namespace ActivityAware.Local.Asl.Definition;

/// <summary>Typed reads of an object nested in a state (ItemReader, ReaderConfig, ItemBatcher, …); every failure names the state and the dotted field.</summary>
internal sealed class SubFields
{
    private readonly StateFieldReader _state;
    private readonly string _prefix;
    private readonly JsonObject _object;

    /// <param name="allowed">The members the object may have; any other is rejected by name.</param>
    public SubFields(StateFieldReader state, string prefix, JsonObject o, params string[] allowed)
    {
        _state = state;
        _prefix = prefix;
        _object = o;
        foreach (var (key, _) in o)
        {
            if (!allowed.Contains(key, StringComparer.Ordinal))
                throw Error(key, $"is not a field of {prefix}; expected one of {string.Join(", ", allowed)}");
        }
    }

    public AslDefinitionException Error(string field, string what) => _state.Error($"{_prefix}.{field}", what);

    public bool Has(string field) => _object.ContainsKey(field);

    public JsonNode? Raw(string field) => _object[field];

    /// <summary>The string value, which must be one of <paramref name="values"/>; null when absent.</summary>
    public string? OneOf(string field, params string[] values)
    {
        if (!_object.TryGetPropertyValue(field, out var node))
            return null;
        return AslJson.TryGetString(node, out var s) && values.Contains(s, StringComparer.Ordinal)
            ? s
            : throw Error(field, $"must be {string.Join(" or ", values)} but is {AslJson.Serialize(node)}");
    }

    public long? Integer(string field, long min, long max)
    {
        if (!_object.TryGetPropertyValue(field, out var node))
            return null;
        return AslJson.TryGetInteger(node, out var n) && n >= min && n <= max
            ? n
            : throw Error(field, $"must be an integer between {min} and {max} but is {AslJson.Serialize(node)}");
    }

    public ValueExpression? ReferencePath(string field)
    {
        if (!_object.TryGetPropertyValue(field, out var node))
            return null;
        if (!AslJson.TryGetString(node, out var text))
            throw Error(field, $"must be a string but is {AslJson.TypeName(node)}");
        try
        {
            return ValueExpression.Parse(text, allowIntrinsic: false);
        }
        catch (FormatException e)
        {
            throw Error(field, e.Message);
        }
    }

    public PayloadTemplate? Template(string field)
    {
        if (!_object.TryGetPropertyValue(field, out var node))
            return null;
        if (node is not JsonObject)
            throw Error(field, $"must be an object but is {AslJson.TypeName(node)}");
        try
        {
            return PayloadTemplate.Compile(node);
        }
        catch (FormatException e)
        {
            throw Error(field, e.Message);
        }
    }

    public void AtMostOneOf(string a, string b)
    {
        if (Has(a) && Has(b))
            throw _state.Error($"{_prefix}.{a}/{b}", $"only one of {a}, {b} may be given");
    }
}
