using System.Text.Json.Nodes;
using ActivityAware.Local.Asl.JsonPath;

namespace ActivityAware.Local.Asl.Definition;

/// <summary>
/// Typed reads of one state's fields, or of an object nested in it (<see cref="Nested"/>: ItemReader, ReaderConfig, ItemBatcher …);
/// every failure names the state and the (dotted) field.
/// </summary>
internal sealed class StateFieldReader(string stateName, JsonObject state, QueryLanguage machineLanguage = QueryLanguage.JsonPath,
    QueryLanguage language = QueryLanguage.JsonPath, string fieldPrefix = "")
{
    public string StateName => stateName;

    /// <summary>The machine's top-level query language, which the states of nested graphs fall back to.</summary>
    public QueryLanguage MachineLanguage => machineLanguage;

    /// <summary>This state's query language.</summary>
    public QueryLanguage Language => language;

    public bool Has(string field) => state.ContainsKey(field);

    public JsonNode? Raw(string field) => state[field];

    public IEnumerable<string> Keys() => state.Select(p => p.Key);

    public AslDefinitionException Error(string field, string what, Exception? inner = null) => new(stateName, fieldPrefix + field, what, inner);

    /// <summary>A reader of the object <paramref name="o"/> at <paramref name="field"/>, whose members must be among <paramref name="allowed"/>.</summary>
    public StateFieldReader Nested(string field, JsonObject o, params string[] allowed)
    {
        var nested = new StateFieldReader(stateName, o, machineLanguage, language, $"{fieldPrefix}{field}.");
        foreach (var (key, _) in o)
        {
            if (!allowed.Contains(key, StringComparer.Ordinal))
                throw nested.Error(key, $"is not a field of {field}; expected one of {string.Join(", ", allowed)}");
        }
        return nested;
    }

    /// <summary>The string value, which must be one of <paramref name="values"/>; null when absent.</summary>
    public string? OneOf(string field, params string[] values)
    {
        if (!state.TryGetPropertyValue(field, out var node))
            return null;
        return AslJson.TryGetString(node, out var s) && values.Contains(s, StringComparer.Ordinal)
            ? s
            : throw Error(field, $"must be {string.Join(" or ", values)} but is {AslJson.Serialize(node)}");
    }

    public string? String(string field, bool required = false)
    {
        if (!state.TryGetPropertyValue(field, out var node))
            return required ? throw Error(field, "is required") : null;
        return AslJson.TryGetString(node, out var s) ? s : throw Error(field, $"must be a string but is {AslJson.TypeName(node)}");
    }

    public int? Integer(string field, int min, int max = int.MaxValue)
    {
        if (!state.TryGetPropertyValue(field, out var node))
            return null;
        if (!AslJson.TryGetInteger(node, out var n) || n < min || n > max)
            throw Error(field, $"must be an integer between {min} and {max} but is {AslJson.Serialize(node)}");
        return (int)n;
    }

    public bool Boolean(string field)
    {
        if (!state.TryGetPropertyValue(field, out var node))
            return false;
        return AslJson.IsBoolean(node) ? node!.GetValue<bool>() : throw Error(field, $"must be true or false but is {AslJson.TypeName(node)}");
    }

    /// <summary>InputPath / OutputPath / ItemsPath (any path) or ResultPath (reference path); JSON null allowed.</summary>
    public PathField PathField(string field, bool reference)
    {
        if (!state.TryGetPropertyValue(field, out var node))
            return Definition.PathField.Root;
        if (node is null)
            return Definition.PathField.Null;
        var text = String(field)!;
        try
        {
            var path = JsonPathExpression.Parse(text);
            if (reference && (!path.IsReferencePath || !path.ReadsInput))
                throw Error(field, $"'{text}' must be a reference path on the input (field names and indices only)");
            return new PathField(path);
        }
        catch (JsonPathSyntaxException e)
        {
            throw Error(field, e.Message, e);
        }
    }

    public ValueExpression? Expression(string field, bool allowIntrinsic)
    {
        var text = String(field);
        if (text is null)
            return null;
        try
        {
            return ValueExpression.Parse(text, allowIntrinsic);
        }
        catch (FormatException e)
        {
            throw Error(field, e.Message, e);
        }
    }

    public PayloadTemplate? Template(string field)
    {
        if (!state.TryGetPropertyValue(field, out var node))
            return null;
        if (node is not JsonObject)
            throw Error(field, $"must be an object but is {AslJson.TypeName(node)}");
        try
        {
            return PayloadTemplate.Compile(node);
        }
        catch (FormatException e)
        {
            throw Error(field, e.Message, e);
        }
    }

    /// <summary>An Assign field (a state's, a Catcher's or a top-level Choice rule's), compiled; null when absent.</summary>
    public VariableAssignment? Assign(string field = "Assign")
    {
        if (!state.TryGetPropertyValue(field, out var node))
            return null;
        try
        {
            return VariableAssignment.Compile(node);
        }
        catch (FormatException e)
        {
            throw Error(field, e.Message, e);
        }
    }

    /// <summary>A JSONata field compiled (<c>{% %}</c> strings at any depth); null when absent.</summary>
    /// <param name="fields">The <c>$states</c> members besides input and context the field may read (a Task's Output reads the result).</param>
    public JsonataTemplate? Jsonata(string field, string? location = null, StatesFields fields = StatesFields.None)
    {
        if (!state.TryGetPropertyValue(field, out var node))
            return null;
        try
        {
            return JsonataTemplate.Compile(node, location ?? field, fields);
        }
        catch (JsonataFieldException e)
        {
            throw Error(e.Location, e.Message, e);
        }
    }

    /// <summary>
    /// A JSONata field that is either one <c>{% %}</c> expression (returned) or a literal integer from <paramref name="min"/> to
    /// <paramref name="max"/> (returned in <paramref name="literal"/>).
    /// </summary>
    public JsonataTemplate? JsonataOrInteger(string field, int min, int max, out int? literal)
    {
        literal = null;
        if (JsonataText.IsExpression(Raw(field)))
            return Jsonata(field);
        literal = Integer(field, min, max);
        return null;
    }

    public void ExactlyOneOf(params string[] fields)
    {
        var present = fields.Where(Has).ToList();
        if (present.Count != 1)
            throw Error(string.Join("/", fields), present.Count == 0
                ? $"one of {string.Join(", ", fields)} is required"
                : $"only one of {string.Join(", ", present)} may be given");
    }

    public void AtMostOneOf(params string[] fields)
    {
        var present = fields.Where(Has).ToList();
        if (present.Count > 1)
            throw Error(string.Join("/", fields), $"only one of {string.Join(", ", present)} may be given");
    }
}
