namespace ActivityAware.Local.Asl.Definition;

/// <summary>
/// The fields that belong to one query language: a JSONata state rejects the JSONPath ones and a JSONPath state the JSONata ones, with
/// Step Functions' wording (ValidateStateMachineDefinition, SCHEMA_VALIDATION_FAILED).
/// </summary>
internal static class QueryLanguageFields
{
    public const string Name = "QueryLanguage";
    public const string JsonPathText = "JSONPath";
    public const string JsonataText = "JSONata";

    private static readonly HashSet<string> JsonPathOnly = new(
    [
        "InputPath", "OutputPath", "ResultPath", "ResultSelector", "Parameters", "Result", "ItemsPath", "MaxConcurrencyPath",
        "SecondsPath", "TimestampPath", "TimeoutSecondsPath", "HeartbeatSecondsPath", "ErrorPath", "CausePath",
        "ToleratedFailureCountPath", "ToleratedFailurePercentagePath",
    ], StringComparer.Ordinal);

    private static readonly HashSet<string> JsonataOnly = new(["Arguments", "Output", "Items"], StringComparer.Ordinal);

    /// <summary>Why <paramref name="field"/> cannot appear in a state of <paramref name="language"/>, or null when it belongs to both or to it.</summary>
    public static string? Mismatch(string field, QueryLanguage language)
    {
        var foreign = language == QueryLanguage.Jsonata ? JsonPathOnly : JsonataOnly;
        if (!foreign.Contains(field))
            return null;
        var (own, other) = language == QueryLanguage.Jsonata ? (JsonataText, JsonPathText) : (JsonPathText, JsonataText);
        return $"The QueryLanguage is set to '{own}', but field '{field}' is only supported for the '{other}' QueryLanguage";
    }

    public static string Text(QueryLanguage language) => language == QueryLanguage.Jsonata ? JsonataText : JsonPathText;

    /// <summary>Reads a QueryLanguage value: exactly "JSONPath" or "JSONata".</summary>
    public static bool TryParse(System.Text.Json.Nodes.JsonNode? node, out QueryLanguage language)
    {
        language = QueryLanguage.JsonPath;
        if (!AslJson.TryGetString(node, out var text))
            return false;
        if (text == JsonataText)
            language = QueryLanguage.Jsonata;
        return text is JsonPathText or JsonataText;
    }

    public const string NotOneOf = "Value should be one of the following: [JSONPath, JSONata]";

    public const string Downgrade = "'QueryLanguage' can not be 'JSONPath' if set to 'JSONata' for whole state machine";
}
