using YamlDotNet.RepresentationModel;

namespace ActivityAware.Core.Routing;

/// <summary>Typed reads from a YAML node tree that fail with the file name and the node's line.</summary>
internal sealed class YamlNodeReader(string fileName)
{
    public RoutingConfigException Error(YamlNode node, string message) => new($"{fileName}:{node.Start.Line}: {message}");

    public void RejectUnknown(YamlMappingNode map, IReadOnlyList<string> known)
    {
        foreach (var key in map.Children.Keys)
        {
            var name = key is YamlScalarNode scalar ? scalar.Value : null;
            if (name is null || !known.Contains(name))
                throw Error(key, $"unknown field '{name ?? key.ToString()}'; expected one of {string.Join(", ", known)}");
        }
    }

    public YamlNode? Field(YamlMappingNode map, string name) =>
        map.Children.TryGetValue(new YamlScalarNode(name), out var value) ? value : null;

    public YamlMappingNode Mapping(YamlNode node) => node as YamlMappingNode ?? throw Error(node, $"expected a mapping, found {node.NodeType}");

    public IEnumerable<YamlNode> Sequence(YamlNode node) => node as YamlSequenceNode ?? throw Error(node, $"expected a list, found {node.NodeType}");

    public string String(YamlNode node) =>
        node is YamlScalarNode { Value: { } value } ? value : throw Error(node, $"expected a text value, found {node.NodeType}");

    public string RequiredString(YamlMappingNode map, string name)
    {
        var value = Field(map, name) is { } node ? String(node) : throw Error(map, $"missing required field '{name}'");
        return string.IsNullOrWhiteSpace(value) ? throw Error(map, $"field '{name}' is empty") : value;
    }

    public IReadOnlyList<string> Strings(YamlNode node) => Sequence(node).Select(String).ToList();
}
