using System.Text.Json.Nodes;

namespace ActivityAware.Local.Asl.Definition;

/// <summary>
/// Step Functions' <c>"{% expression %}"</c> strings: a string value that starts with <c>{%</c> and ends with <c>%}</c> holds a JSONata
/// expression (the text between, trimmed, is what error causes quote); any other string is a literal, <c>{%</c> inside it included.
/// </summary>
public static class JsonataText
{
    public static bool IsExpression(JsonNode? node) => TryUnwrap(node, out _);

    public static bool TryUnwrap(JsonNode? node, out string expression)
    {
        expression = "";
        if (!AslJson.TryGetString(node, out var text) || text.Length < 4 || !text.StartsWith("{%", StringComparison.Ordinal) || !text.EndsWith("%}", StringComparison.Ordinal))
            return false;
        expression = text[2..^2].Trim();
        return true;
    }
}
