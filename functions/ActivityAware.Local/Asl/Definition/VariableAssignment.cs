using System.Text.Json.Nodes;
using ActivityAware.Local.Asl.Variables;

namespace ActivityAware.Local.Asl.Definition;

/// <summary>
/// An <c>Assign</c> field: each member names a variable. In a JSONPath state its value is built as in a Payload Template (<c>name.$</c>
/// takes a path or intrinsic function, nested <c>.$</c> keys are evaluated, everything else is copied as written); in a JSONata state
/// <c>{% %}</c> strings are evaluated at any depth. Evaluated against the variables as they were when the state was entered; the state's
/// own assignments apply when it exits.
/// </summary>
public sealed class VariableAssignment
{
    /// <summary>Step Functions' limit on one variable's value and on all the values of one Assign.</summary>
    public const int MaxBytes = 262_144;

    private readonly PayloadTemplate? _template;
    private readonly JsonataTemplate? _jsonata;

    private VariableAssignment(PayloadTemplate? template, JsonataTemplate? jsonata, IReadOnlyList<string> names)
    {
        _template = template;
        _jsonata = jsonata;
        Names = names;
    }

    /// <summary>The variables this Assign sets.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>Compiles an Assign object; throws <see cref="FormatException"/> naming the member that is not a valid assignment.</summary>
    public static VariableAssignment Compile(JsonNode? node)
    {
        if (node is not JsonObject members)
            throw new FormatException($"must be an object of variable names and values but is {AslJson.TypeName(node)}");
        var names = new List<string>(members.Count);
        foreach (var (key, _) in members)
        {
            var name = key.EndsWith(".$", StringComparison.Ordinal) ? key[..^2] : key;
            if (VariableNames.Problem(name) is { } problem)
                throw new FormatException($"'{key}': {problem}");
            names.Add(name);
        }
        return new VariableAssignment(PayloadTemplate.Compile(members), null, names);
    }

    /// <summary>
    /// Compiles the Assign object of a JSONata state (<paramref name="field"/>: <c>Assign</c>, <c>Catch[0]/Assign</c>, …); throws
    /// <see cref="FormatException"/> naming the member that is not a variable name or whose expression does not parse.
    /// </summary>
    public static VariableAssignment CompileJsonata(JsonNode? node, string field, StatesFields fields = StatesFields.None)
    {
        if (node is not JsonObject members)
            throw new FormatException($"must be an object of variable names and values but is {AslJson.TypeName(node)}");
        var names = new List<string>(members.Count);
        foreach (var (key, _) in members)
        {
            if (VariableNames.Problem(key) is { } problem)
                throw new FormatException(key.EndsWith(".$", StringComparison.Ordinal)
                    ? $"'{key}': a JSONata state names a variable without '.$' and gives its value as a literal or a {{% %}} expression"
                    : $"'{key}': {problem}");
            names.Add(key);
        }
        return new VariableAssignment(null, JsonataTemplate.Compile(members, field, fields), names);
    }

    /// <summary>The values a JSONata state's Assign gives, read from <paramref name="scope"/>; size limits as for <see cref="Evaluate"/>.</summary>
    public AssignedVariables Evaluate(JsonataScope scope, string stateName) => Sized((JsonObject)_jsonata!.Evaluate(scope)!, stateName);

    /// <summary>
    /// The values to assign, read from <paramref name="scope"/>; States.DataLimitExceeded when a value, or all of them together, exceed
    /// <see cref="MaxBytes"/>.
    /// </summary>
    public AssignedVariables Evaluate(EvaluationScope scope, string stateName)
        => Sized((JsonObject)_template!.Evaluate(scope)!, stateName);

    private static AssignedVariables Sized(JsonObject values, string stateName)
    {
        var sizes = new int[values.Count];
        long total = 0;
        var i = 0;
        foreach (var (name, value) in values)
        {
            sizes[i] = AslJson.SizeInBytes(value);
            if (sizes[i] > MaxBytes)
                throw new StatesErrorException(StatesErrorNames.DataLimitExceeded,
                    $"The state '{stateName}' assigned the variable '{name}' a value of {sizes[i]} bytes, over the limit of {MaxBytes} bytes for one variable.");
            total += sizes[i++];
        }
        if (total > MaxBytes)
            throw new StatesErrorException(StatesErrorNames.DataLimitExceeded,
                $"The state '{stateName}' assigned variables of {total} bytes together, over the limit of {MaxBytes} bytes for one Assign.");
        return new AssignedVariables(values, sizes);
    }
}
