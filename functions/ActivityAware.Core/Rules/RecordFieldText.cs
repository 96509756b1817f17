using System.Text;
using System.Text.Json;

namespace ActivityAware.Core.Rules;

/// <summary>
/// The value of a dotted CloudTrail record path as text for a dedupe key: a string as is, other scalars as JSON, every element of an
/// array on the way (as EventBridge flattens arrays) joined by ','; a missing field is empty, so absent and empty differ only by name.
/// </summary>
public static class RecordFieldText
{
    public static string Read(JsonElement record, string dottedPath)
    {
        var values = new List<string>();
        Collect(record, dottedPath.Split('.'), 0, values);
        return string.Join(',', values);
    }

    private static void Collect(JsonElement node, string[] segments, int index, List<string> values)
    {
        if (node.ValueKind == JsonValueKind.Array)
        {
            foreach (var element in node.EnumerateArray()) Collect(element, segments, index, values);
            return;
        }
        if (index == segments.Length)
        {
            values.Add(node.ValueKind == JsonValueKind.String ? node.GetString()! : node.GetRawText());
            return;
        }
        if (node.ValueKind == JsonValueKind.Object && node.TryGetProperty(segments[index], out var child))
            Collect(child, segments, index + 1, values);
    }
}
