using System.Text.Json.Nodes;

namespace ActivityAware.Template.Tests.Checks;

/// <summary>
/// Secrets live only in SSM SecureString parameters; the template takes their NAMES (parameters ending in "ParameterName").
/// Such a parameter must not have a Default, so nobody deploys a name they never seeded; NoEcho parameters neither.
/// </summary>
public static class SecretParameterAudit
{
    public const string SecretNameSuffix = "ParameterName";

    public static IReadOnlyList<string> Find(JsonObject template)
    {
        var findings = new List<string>();
        foreach (var (name, parameter) in template["Parameters"] as JsonObject ?? [])
        {
            var holdsSecret = name.EndsWith(SecretNameSuffix, StringComparison.Ordinal)
                || parameter?["NoEcho"]?.ToString() is "true" or "True";
            if (holdsSecret && parameter is JsonObject properties && properties.ContainsKey("Default"))
                findings.Add($"Parameters.{name}: has Default '{properties["Default"]}'; secret parameter names must be given at deploy time.");
            if (LooksLikeSecretValue(name))
                findings.Add($"Parameters.{name}: looks like it holds a secret value; take the name of an SSM SecureString parameter instead.");
        }
        return findings;
    }

    private static bool LooksLikeSecretValue(string name) =>
        !name.EndsWith(SecretNameSuffix, StringComparison.Ordinal)
        && (name.EndsWith("Url", StringComparison.Ordinal) || name.EndsWith("Key", StringComparison.Ordinal)
            || name.EndsWith("Token", StringComparison.Ordinal) || name.EndsWith("Secret", StringComparison.Ordinal)
            || name.EndsWith("Password", StringComparison.Ordinal));
}
