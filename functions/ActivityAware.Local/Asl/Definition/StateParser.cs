using System.Text.Json.Nodes;
using ActivityAware.Local.Asl.Choice;

namespace ActivityAware.Local.Asl.Definition;

/// <summary>Parses one state object into a <see cref="StateDefinition"/>, rejecting fields its type does not accept.</summary>
internal static class StateParser
{
    /// <param name="machineLanguage">The machine's top-level QueryLanguage: what a state without its own uses.</param>
    public static StateDefinition Parse(string name, JsonNode? node, QueryLanguage machineLanguage)
    {
        // The spec counts Unicode characters, so a character outside the BMP (two UTF-16 units) counts once.
        if (name.Length == 0 || name.EnumerateRunes().Count() > 80)
            throw new AslDefinitionException(name, "States", "a state name must be 1 to 80 Unicode characters long");
        if (node is not JsonObject obj)
            throw new AslDefinitionException(name, "Type", "a state must be a JSON object");
        var language = Language(name, obj, machineLanguage);
        var f = new StateFieldReader(name, obj, machineLanguage, language);
        var typeText = f.String("Type", required: true)!;
        if (!Enum.GetNames<StateType>().Contains(typeText, StringComparer.Ordinal) || !Enum.TryParse<StateType>(typeText, out var type))
            throw f.Error("Type", $"unknown state type '{typeText}'; expected one of {string.Join(", ", Enum.GetNames<StateType>())}");
        CheckFields(f, obj, type);
        var (next, end) = Flow(f, type);
        if (language == QueryLanguage.Jsonata)
            return JsonataStateParser.Parse(f, type, next, end);
        return type switch
        {
            StateType.Task => TaskStateParser.Parse(f, next, end),
            StateType.Pass => new StateDefinition
            {
                Name = name, Type = type, Next = next, End = end,
                InputPath = f.PathField("InputPath", false), OutputPath = f.PathField("OutputPath", false),
                ResultPath = f.PathField("ResultPath", true), Parameters = f.Template("Parameters"),
                HasResult = f.Has("Result"), Result = f.Raw("Result")?.DeepClone(), Assign = f.Assign(),
            },
            StateType.Choice => ParseChoice(f, obj),
            StateType.Wait => ParseWait(f, next, end),
            StateType.Succeed => new StateDefinition
            {
                Name = name, Type = type, End = true,
                InputPath = f.PathField("InputPath", false), OutputPath = f.PathField("OutputPath", false),
            },
            StateType.Fail => ParseFail(f),
            StateType.Parallel => CompositeStateParser.ParseParallel(f, next, end),
            _ => CompositeStateParser.ParseMap(f, next, end),
        };
    }

    /// <summary>
    /// The state's own QueryLanguage, else the machine's. A JSONata machine's states cannot go back to JSONPath (AWS validation:
    /// SCHEMA_VALIDATION_FAILED, worded as <see cref="QueryLanguageFields.Downgrade"/>).
    /// </summary>
    private static QueryLanguage Language(string name, JsonObject obj, QueryLanguage machineLanguage)
    {
        if (!obj.TryGetPropertyValue(QueryLanguageFields.Name, out var node))
            return machineLanguage;
        if (!QueryLanguageFields.TryParse(node, out var language))
            throw new AslDefinitionException(name, QueryLanguageFields.Name, $"{QueryLanguageFields.NotOneOf}, not {AslJson.Serialize(node)}");
        if (machineLanguage == QueryLanguage.Jsonata && language == QueryLanguage.JsonPath)
            throw new AslDefinitionException(name, QueryLanguageFields.Name, QueryLanguageFields.Downgrade);
        return language;
    }

    private static void CheckFields(StateFieldReader f, JsonObject obj, StateType type)
    {
        foreach (var (key, _) in obj)
        {
            if (QueryLanguageFields.Mismatch(key, f.Language) is { } mismatch)
                throw f.Error(key, mismatch);
            if (StateFields.Unsupported.TryGetValue(key, out var why))
                throw f.Error(key, why);
            if (!StateFields.For(f.Language)[type].Contains(key))
                throw f.Error(key, $"is not a field of a {type} state");
        }
        f.String("Comment");
    }

    private static (string? Next, bool End) Flow(StateFieldReader f, StateType type)
    {
        if (type is StateType.Choice or StateType.Succeed or StateType.Fail)
            return (null, type != StateType.Choice);
        var next = f.String("Next");
        var end = f.Boolean("End");
        if (f.Has("End") && !end)
            throw f.Error("End", "End must be true when present; use Next to continue");
        if (next is null == !end)
            throw f.Error("Next/End", next is null ? "a non-terminal state needs Next or \"End\": true" : "Next and End cannot both be given");
        return (next, end);
    }

    private static StateDefinition ParseChoice(StateFieldReader f, JsonObject obj)
    {
        if (obj["Choices"] is not JsonArray { Count: > 0 } choices)
            throw f.Error("Choices", "a Choice state needs a non-empty Choices array");
        var branches = choices.Select((rule, i) =>
        {
            var field = $"Choices[{i}]";
            var next = rule is JsonObject o && AslJson.TryGetString(o["Next"], out var n) ? n : throw f.Error(field, "a top-level choice rule needs Next");
            var parsed = ChoiceRuleParser.Parse(rule, f.StateName, field, topLevel: true);
            return new ChoiceBranch(parsed, next, ChoiceRuleLabel.Describe(rule), RuleAssign(f, (JsonObject)rule!, field));
        }).ToList();
        return new StateDefinition
        {
            Name = f.StateName, Type = StateType.Choice, Choices = branches, Default = f.String("Default"), Assign = f.Assign(),
            InputPath = f.PathField("InputPath", false), OutputPath = f.PathField("OutputPath", false),
        };
    }

    /// <summary>A top-level choice rule's Assign: what the state assigns when that rule is the one that matches.</summary>
    private static VariableAssignment? RuleAssign(StateFieldReader f, JsonObject rule, string field)
    {
        if (!rule.TryGetPropertyValue("Assign", out var node))
            return null;
        try
        {
            return VariableAssignment.Compile(node);
        }
        catch (FormatException e)
        {
            throw f.Error($"{field}.Assign", e.Message, e);
        }
    }

    private static StateDefinition ParseWait(StateFieldReader f, string? next, bool end)
    {
        f.ExactlyOneOf("Seconds", "Timestamp", "SecondsPath", "TimestampPath");
        DateTimeOffset? timestamp = null;
        if (f.String("Timestamp") is { } text)
            timestamp = Rfc3339Timestamp.TryParse(text, out var t) ? t : throw f.Error("Timestamp", $"'{text}' is not an RFC 3339 timestamp such as 2016-03-14T01:59:00Z");
        return new StateDefinition
        {
            Name = f.StateName, Type = StateType.Wait, Next = next, End = end,
            InputPath = f.PathField("InputPath", false), OutputPath = f.PathField("OutputPath", false),
            Seconds = f.Integer("Seconds", 0, 99_999_999), Timestamp = timestamp,
            SecondsPath = f.Expression("SecondsPath", false), TimestampPath = f.Expression("TimestampPath", false), Assign = f.Assign(),
        };
    }

    private static StateDefinition ParseFail(StateFieldReader f)
    {
        f.AtMostOneOf("Error", "ErrorPath");
        f.AtMostOneOf("Cause", "CausePath");
        return new StateDefinition
        {
            Name = f.StateName, Type = StateType.Fail, End = true,
            Error = f.String("Error"), Cause = f.String("Cause"),
            ErrorPath = FailExpression(f, "ErrorPath"), CausePath = FailExpression(f, "CausePath"),
        };
    }

    /// <summary>The intrinsic functions AWS accepts in ErrorPath / CausePath: those that return a string.</summary>
    private static readonly HashSet<string> StringFunctions = new(
        ["States.Format", "States.JsonToString", "States.ArrayGetItem", "States.Base64Encode", "States.Base64Decode", "States.Hash", "States.UUID"],
        StringComparer.Ordinal);

    private static ValueExpression? FailExpression(StateFieldReader f, string field)
    {
        var expression = f.Expression(field, true);
        if (expression?.FunctionName is { } name && !StringFunctions.Contains(name))
            throw f.Error(field, $"{name} cannot give a Fail state's {field[..^4]}; use a reference path or one of {string.Join(", ", StringFunctions)}");
        return expression;
    }
}
