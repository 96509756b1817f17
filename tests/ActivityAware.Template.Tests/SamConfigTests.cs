using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ActivityAware.Template.Tests.Support;
using ActivityAware.Testing;

namespace ActivityAware.Template.Tests;

/// <summary>samconfig.toml: every environment deploys with IAM capability and an S3 bucket SAM manages, and overrides only real, non-secret parameters.</summary>
public sealed partial class SamConfigTests
{
    [Theory]
    [InlineData("default")]
    [InlineData("prod")]
    public async Task Environment_DeploySettings_AreComplete(string environment)
    {
        var deploy = (await ReadAsync())[environment]!["deploy"]!["parameters"]!;

        Assert.Equal("CAPABILITY_IAM", deploy["capabilities"]!.GetValue<string>());
        Assert.True(deploy["resolve_s3"]!.GetValue<bool>());
        Assert.True(deploy["confirm_changeset"]!.GetValue<bool>());
        Assert.False(string.IsNullOrEmpty((await ReadAsync())[environment]!["global"]!["parameters"]!["stack_name"]?.GetValue<string>()));
    }

    [Theory]
    [InlineData("default")]
    [InlineData("prod")]
    public async Task Environment_ParameterOverrides_NameTemplateParametersAndHoldNoSecrets(string environment)
    {
        var overrides = (await ReadAsync())[environment]!["deploy"]!["parameters"]!["parameter_overrides"]!.GetValue<string>();
        var parameters = (await TranslatedTemplate.OfRepositoryAsync())["Parameters"]!.AsObject();

        var pairs = Override().Matches(overrides).Select(match => (Name: match.Groups[1].Value, Value: match.Groups[2].Value)).ToList();

        Assert.NotEmpty(pairs);
        Assert.All(pairs, pair => Assert.True(parameters.ContainsKey(pair.Name), $"{environment}: {pair.Name} is not a template parameter"));
        Assert.All(pairs, pair => Assert.DoesNotContain("://", pair.Value, StringComparison.Ordinal));
    }

    private static async Task<JsonObject> ReadAsync()
    {
        var result = await ExternalTool.RunAsync(
            "python3",
            ["-c", "import json, sys, tomllib; json.dump(tomllib.load(open(sys.argv[1], 'rb')), sys.stdout)", RepositoryRoot.Combine("samconfig.toml")]);
        Assert.True(result.ExitCode == 0, result.Describe());
        return JsonNode.Parse(result.StandardOutput)!.AsObject();
    }

    [GeneratedRegex("([A-Za-z0-9]+)=\"([^\"]*)\"")]
    private static partial Regex Override();
}
