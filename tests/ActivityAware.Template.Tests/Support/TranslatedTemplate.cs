using System.Text.Json.Nodes;
using ActivityAware.Testing;

namespace ActivityAware.Template.Tests.Support;

/// <summary>
/// template.yaml translated to CloudFormation by aws-sam-translator (Tools/sam_translate.py), as `sam deploy` would submit it:
/// SAM policy templates, Globals and generated roles are expanded, so the checks see what IAM will see.
/// </summary>
public static class TranslatedTemplate
{
    private static readonly Lazy<Task<JsonObject>> Repository = new(() => TranslateAsync(RepositoryRoot.Combine("template.yaml")));

    public static string ScriptPath => RepositoryRoot.Combine("tests", "ActivityAware.Template.Tests", "Tools", "sam_translate.py");

    /// <summary>A private copy of the repository template's translation; callers may change it.</summary>
    public static async Task<JsonObject> OfRepositoryAsync() => (JsonObject)(await Repository.Value).DeepClone();

    public static async Task<JsonObject> TranslateAsync(string templatePath)
    {
        var result = await RunAsync(templatePath);
        if (result.ExitCode != 0)
            throw new InvalidOperationException($"SAM translation of {templatePath} failed: {result.Describe()}");
        return JsonNode.Parse(result.StandardOutput) as JsonObject
            ?? throw new InvalidOperationException($"SAM translation of {templatePath} did not print a JSON object: {result.Describe()}");
    }

    public static Task<ExternalToolResult> RunAsync(string templatePath) =>
        ExternalTool.RunAsync(
            "python3",
            [ScriptPath, templatePath],
            environment: new Dictionary<string, string?> { ["AWS_DEFAULT_REGION"] = "us-east-1" },
            deadline: TimeSpan.FromMinutes(2));

    public static IEnumerable<(string LogicalId, JsonObject Resource)> ResourcesOfType(JsonObject template, string type) =>
        (template["Resources"] as JsonObject ?? [])
            .Where(entry => entry.Value?["Type"]?.GetValue<string>() == type)
            .Select(entry => (entry.Key, (JsonObject)entry.Value!));
}
