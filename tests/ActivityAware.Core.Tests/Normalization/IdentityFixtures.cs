using System.Text.Json;
using ActivityAware.Testing;

namespace ActivityAware.Core.Tests.Normalization;

/// <summary>tests/fixtures/cloudtrail/identities/&lt;name&gt;.json: one realistic record per identity type (written by tests/tools/generate_cloudtrail.py).</summary>
internal static class IdentityFixtures
{
    public static JsonElement Record(string name)
    {
        var text = File.ReadAllText(RepositoryRoot.Combine("tests", "fixtures", "cloudtrail", "identities", name + ".json"));
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    public static JsonElement Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
