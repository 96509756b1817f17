using ActivityAware.Testing;
using YamlDotNet.RepresentationModel;

namespace ActivityAware.StateMachine.Tests.Static;

/// <summary>The DefinitionSubstitutions keys template.yaml gives the state machine whose DefinitionUri is the ASL file.</summary>
public static class TemplateSubstitutionKeys
{
    public const string DefinitionUri = "statemachine/activity-aware.asl.json";

    public static IReadOnlySet<string> Read(string templatePath)
    {
        var yaml = new YamlStream();
        using (var reader = new StreamReader(templatePath))
            yaml.Load(reader);
        var resources = (YamlMappingNode)((YamlMappingNode)yaml.Documents[0].RootNode)["Resources"];
        foreach (var resource in resources.Children.Values.OfType<YamlMappingNode>())
        {
            if (!resource.Children.TryGetValue("Properties", out var node) || node is not YamlMappingNode properties)
                continue;
            if (!properties.Children.TryGetValue("DefinitionUri", out var uri) || uri.ToString() != DefinitionUri)
                continue;
            return properties.Children.TryGetValue("DefinitionSubstitutions", out var substitutions)
                ? ((YamlMappingNode)substitutions).Children.Keys.Select(key => key.ToString()).ToHashSet()
                : new HashSet<string>();
        }
        throw new InvalidOperationException($"{templatePath}: no resource has DefinitionUri {DefinitionUri}");
    }
}
