using ActivityAware.Core.Rules;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ActivityAware.Core.Routing;

/// <summary>Reads a routing file strictly: unknown fields, wrong types, unknown destination types or names fail with <c>file:line: what is wrong</c>.</summary>
public static class RoutingConfigParser
{
    private static readonly string[] TopFields = ["destinations", "defaultRoute"];
    private static readonly string[] DestinationFields = ["name", "type", "secretParameter", "to", "minimumSeverity", "ruleIds", "categories"];

    public static RoutingConfig Parse(string yaml, string fileName)
    {
        var stream = new YamlStream();
        try { stream.Load(new StringReader(yaml)); }
        catch (YamlException e) { throw new RoutingConfigException($"{fileName}:{e.Start.Line}: not valid YAML: {e.Message}", e); }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
            throw new RoutingConfigException($"{fileName}:1: expected a mapping with 'destinations' and 'defaultRoute'");

        var reader = new YamlNodeReader(fileName);
        reader.RejectUnknown(root, TopFields);
        var destinations = new List<DestinationConfig>();
        if (reader.Field(root, "destinations") is { } list)
            foreach (var item in reader.Sequence(list)) destinations.Add(ReadDestination(reader, item, destinations));
        if (destinations.Count == 0) throw new RoutingConfigException($"{fileName}:{root.Start.Line}: 'destinations' must list at least one destination");

        var defaultRoute = reader.Field(root, "defaultRoute") is { } route ? reader.Strings(route) : [];
        foreach (var name in defaultRoute)
            if (destinations.All(d => d.Name != name))
                throw new RoutingConfigException($"{fileName}:{reader.Field(root, "defaultRoute")!.Start.Line}: defaultRoute names '{name}', which is not a destination; known: {string.Join(", ", destinations.Select(d => d.Name))}");
        return new RoutingConfig(destinations, defaultRoute);
    }

    private static DestinationConfig ReadDestination(YamlNodeReader reader, YamlNode node, List<DestinationConfig> earlier)
    {
        var map = reader.Mapping(node);
        reader.RejectUnknown(map, DestinationFields);
        var name = reader.RequiredString(map, "name");
        if (earlier.Any(d => d.Name == name)) throw reader.Error(map, $"destination name '{name}' is used twice");
        var type = reader.RequiredString(map, "type");
        if (!DestinationTypes.All.Contains(type)) throw reader.Error(map, $"destination '{name}' has type '{type}'; expected one of {string.Join(", ", DestinationTypes.All)}");

        var destination = new DestinationConfig
        {
            Name = name,
            Type = type,
            SecretParameter = reader.Field(map, "secretParameter") is { } secret ? reader.String(secret) : null,
            To = reader.Field(map, "to") is { } to ? reader.Strings(to) : [],
            MinimumSeverity = reader.Field(map, "minimumSeverity") is { } severity ? ReadSeverity(reader, severity) : Severity.Info,
            RuleIds = reader.Field(map, "ruleIds") is { } ruleIds ? reader.Strings(ruleIds) : [],
            Categories = reader.Field(map, "categories") is { } categories ? reader.Strings(categories) : [],
        };
        if (type == DestinationTypes.Email && destination.To.Count == 0)
            throw reader.Error(map, $"email destination '{name}' needs 'to' with at least one address");
        if (type != DestinationTypes.Email && string.IsNullOrWhiteSpace(destination.SecretParameter))
            throw reader.Error(map, $"{type} destination '{name}' needs 'secretParameter' (the SSM SecureString parameter holding its URL or key)");
        return destination;
    }

    private static Severity ReadSeverity(YamlNodeReader reader, YamlNode node)
    {
        var text = reader.String(node);
        foreach (var severity in Enum.GetValues<Severity>())
            if (string.Equals(severity.ToString(), text, StringComparison.OrdinalIgnoreCase)) return severity;
        throw reader.Error(node, $"minimumSeverity '{text}' is not one of info, low, medium, high, critical");
    }
}
