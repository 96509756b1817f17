using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ActivityAware.Local.Asl.Definition;

/// <summary>
/// Loads an ASL definition: replaces <c>${Key}</c> placeholders (as SAM DefinitionSubstitutions do), parses, and validates
/// everything the interpreter will rely on. Errors are <see cref="AslDefinitionException"/> naming the source, state and field.
/// </summary>
public static partial class StateMachineLoader
{
    private static readonly HashSet<string> TopFields = new(["Comment", "StartAt", "States", "Version", "TimeoutSeconds", "QueryLanguage"], StringComparer.Ordinal);

    [GeneratedRegex(@"\$\{([^}]*)\}")]
    private static partial Regex Placeholder();

    /// <summary>Loads a file; the machine's name is the file name without <c>.asl.json</c> (or <c>.json</c>).</summary>
    public static StateMachineDefinition LoadFile(string path, IReadOnlyDictionary<string, string>? substitutions = null)
    {
        var text = File.ReadAllText(path);
        return Load(text, NameFromPath(path), substitutions, path);
    }

    public static string NameFromPath(string path)
    {
        var file = Path.GetFileName(path);
        foreach (var suffix in new[] { ".asl.json", ".json" })
        {
            if (file.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
                return file[..^suffix.Length];
        }
        return file;
    }

    public static StateMachineDefinition Load(string json, string name, IReadOnlyDictionary<string, string>? substitutions = null, string? source = null)
    {
        var where = source ?? name;
        try
        {
            var substituted = Substitute(json, substitutions ?? new Dictionary<string, string>());
            JsonNode? root;
            try
            {
                // A repeated member name (two states called "A", a field given twice) is an invalid definition, not the last one winning.
                root = JsonNode.Parse(substituted, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowDuplicateProperties = false });
                // Parsed again from its compact JSON: a parsed node is handed to a Lambda as its parsed text (ParsedNodes), and the text of
                // a definition's value (a Pass state's Result) must not carry the definition's comments or layout.
                root = JsonNode.Parse(AslJson.Serialize(root));
            }
            catch (JsonException e)
            {
                throw new AslDefinitionException($"not valid JSON: {e.Message}", e);
            }
            if (root is not JsonObject obj)
                throw new AslDefinitionException("the definition must be a JSON object");
            return Parse(obj, name);
        }
        catch (AslDefinitionException e)
        {
            throw new AslDefinitionException($"{where}: {e.Message}", e);
        }
    }

    private static StateMachineDefinition Parse(JsonObject obj, string name)
    {
        var language = QueryLanguage.JsonPath;
        foreach (var (key, value) in obj)
        {
            if (key == QueryLanguageFields.Name && !QueryLanguageFields.TryParse(value, out language))
                throw new AslDefinitionException(null, key, $"{QueryLanguageFields.NotOneOf}, not {AslJson.Serialize(value)}");
            if (!TopFields.Contains(key))
                throw new AslDefinitionException(null, key, $"unknown top-level field; expected one of {string.Join(", ", TopFields)}");
        }
        if (obj.TryGetPropertyValue("Comment", out var comment) && !AslJson.IsString(comment))
            throw new AslDefinitionException(null, "Comment", $"must be a string but is {AslJson.TypeName(comment)}");
        if (obj["Version"] is { } version && !(AslJson.TryGetString(version, out var v) && v == "1.0"))
            throw new AslDefinitionException(null, "Version", "must be \"1.0\"");
        int? timeout = null;
        if (obj["TimeoutSeconds"] is { } t)
            timeout = AslJson.TryGetInteger(t, out var n) && n is > 0 and <= 99_999_999 ? (int)n : throw new AslDefinitionException(null, "TimeoutSeconds", "must be a positive integer");
        var graph = GraphParser.Parse(new JsonObject { ["StartAt"] = obj["StartAt"]?.DeepClone(), ["States"] = obj["States"]?.DeepClone() }, "definition", language);
        CheckUniqueNames(graph);
        VariableScopeChecker.Check(graph);
        return new StateMachineDefinition(name, graph, timeout, AslJson.TryGetString(obj["Comment"], out var c) ? c : null) { QueryLanguage = language };
    }

    /// <summary>State names must be unique within the whole machine, Parallel branches and Map processors included.</summary>
    private static void CheckUniqueNames(StateGraph graph)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var duplicate = graph.AllStates().FirstOrDefault(s => !seen.Add(s.Name));
        if (duplicate is not null)
            throw new AslDefinitionException(duplicate.Name, "States",
                "state names must be unique within the whole state machine, nested Parallel branches and Map processors included");
    }

    private static string Substitute(string json, IReadOnlyDictionary<string, string> substitutions) =>
        Placeholder().Replace(json, match =>
        {
            var key = match.Groups[1].Value;
            if (!substitutions.TryGetValue(key, out var value))
            {
                var line = json.AsSpan(0, match.Index).Count('\n') + 1;
                throw new AslDefinitionException($"line {line}: ${{{key}}} has no substitution; pass one (asl run: --substitute {key}=VALUE)");
            }
            return JsonEncodedText.Encode(value, JavaScriptEncoder.UnsafeRelaxedJsonEscaping).ToString();
        });
}
