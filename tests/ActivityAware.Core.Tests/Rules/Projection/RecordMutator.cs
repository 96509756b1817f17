using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ActivityAware.Core.Tests.Rules.Projection;

/// <summary>
/// Seeded random variations of a record, in the spirit of property-based testing: values wrapped in arrays (of objects,
/// scalars and nulls), nulls, removed fields, deeper nesting, objects turned into arrays of objects, unicode and escaped
/// property names, duplicate properties, odd numbers.
/// </summary>
internal sealed partial class RecordMutator(int seed)
{
    private readonly Random _random = new(seed);

    public string Mutate(string json)
    {
        var root = JsonNode.Parse(json)!;
        var mutations = 1 + _random.Next(4);
        for (var i = 0; i < mutations; i++) MutateOne(root);
        var text = root.ToJsonString();
        if (_random.Next(3) == 0) text = EscapeSomeNames(text);
        if (_random.Next(4) == 0 && root is JsonObject top && top.Count > 0) text = DuplicateFirst(top, text);
        return text;
    }

    private void MutateOne(JsonNode root)
    {
        var nodes = new List<JsonNode>();
        Collect(root, nodes);
        var target = nodes[_random.Next(nodes.Count)];
        if (target.Parent is not JsonObject parent) return;
        var name = target.GetPropertyName();
        switch (_random.Next(9))
        {
            case 0: parent[name] = null; break;
            case 1: parent.Remove(name); break;
            case 2: parent[name] = new JsonArray(target.DeepClone(), JsonValue.Create(7), null, new JsonObject { ["other"] = "x" }); break;
            case 3: parent[name] = new JsonArray(new JsonArray(target.DeepClone()), JsonValue.Create("s")); break;
            case 4: parent[name] = new JsonObject { ["nested"] = new JsonObject { ["deeper"] = new JsonArray(target.DeepClone()) } }; break;
            case 5: parent[name] = _random.Next(2) == 0 ? JsonValue.Create(1.5e300) : JsonValue.Create(-0.0); break;
            case 6: parent["ünïcødé-" + _random.Next(100)] = new JsonObject { ["名前"] = "値\"\u0001", [name] = target.DeepClone() }; break;
            case 7: parent[name] = JsonValue.Create(_random.Next(2) == 0); break;
            default: parent[name] = new JsonArray(); break;
        }
    }

    private static void Collect(JsonNode node, List<JsonNode> nodes)
    {
        if (node.Parent is not null) nodes.Add(node);
        switch (node)
        {
            case JsonObject obj:
                foreach (var (_, child) in obj.ToArray()) if (child is not null) Collect(child, nodes);
                break;
            case JsonArray array:
                foreach (var child in array) if (child is not null) Collect(child, nodes);
                break;
        }
        if (nodes.Count == 0 && node is JsonObject) nodes.Add(node);
    }

    /// <summary>Writes some property names with \uXXXX escapes: the same names to a JSON reader.</summary>
    private string EscapeSomeNames(string text) => PropertyName().Replace(text, m =>
    {
        if (_random.Next(2) == 0) return m.Value;
        var name = m.Groups[1].Value;
        var at = _random.Next(name.Length);
        return $"{m.Groups[0].Value[0]}\"{name[..at]}\\u{(int)name[at]:X4}{name[(at + 1)..]}\"";
    });

    private string DuplicateFirst(JsonObject top, string text)
    {
        var (name, _) = top.ElementAt(_random.Next(top.Count));
        var value = _random.Next(2) == 0 ? "\"DeleteTrail\"" : "{\"type\":\"Root\"}";
        var encoded = Encoding.UTF8.GetString(System.Text.Json.JsonEncodedText.Encode(name).EncodedUtf8Bytes);
        return "{\"" + encoded + "\":" + value + "," + text[1..];
    }

    [GeneratedRegex("[{,]\"([A-Za-z]+)\"(?=:)")]
    private static partial Regex PropertyName();
}
