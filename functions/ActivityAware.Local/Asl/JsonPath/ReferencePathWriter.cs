using System.Text.Json.Nodes;

namespace ActivityAware.Local.Asl.JsonPath;

/// <summary>Writes a value into a copy of a document at a Reference Path (ResultPath), creating missing objects on the way.</summary>
public static class ReferencePathWriter
{
    /// <summary>Returns the new document, or throws <see cref="InvalidOperationException"/> when the path cannot be applied.</summary>
    public static JsonNode? Write(JsonPathExpression path, JsonNode? document, JsonNode? value)
    {
        if (!path.IsReferencePath || !path.ReadsInput)
            throw new InvalidOperationException($"'{path.Text}' is not a reference path.");
        var segments = path.Segments;
        if (segments.Count == 0)
            return AslJson.Clone(value);
        var root = AslJson.Clone(document);
        if (root is not (JsonObject or JsonArray))
            throw Unable(path, document);
        JsonNode current = root;
        for (var i = 0; i < segments.Count; i++)
        {
            var last = i == segments.Count - 1;
            switch (segments[i], current)
            {
                case (PropertySegment p, JsonObject obj):
                    if (last)
                    {
                        obj[p.Name] = AslJson.Clone(value);
                        return root;
                    }
                    if (!obj.TryGetPropertyValue(p.Name, out var child) || child is null)
                    {
                        child = new JsonObject();
                        obj[p.Name] = child;
                    }
                    if (child is not (JsonObject or JsonArray))
                        throw Unable(path, document);
                    current = child;
                    break;
                case (IndexSegment x, JsonArray array):
                    var index = x.Index < 0 ? array.Count + x.Index : x.Index;
                    if (index < 0 || index >= array.Count)
                        throw Unable(path, document);
                    if (last)
                    {
                        array[index] = AslJson.Clone(value);
                        return root;
                    }
                    current = array[index] as JsonNode is { } next and (JsonObject or JsonArray) ? next : throw Unable(path, document);
                    break;
                default:
                    throw Unable(path, document);
            }
        }
        return root;
    }

    private static InvalidOperationException Unable(JsonPathExpression path, JsonNode? document) =>
        new($"Unable to apply ReferencePath {path.Text} to input {AslJson.Serialize(document)}");
}
