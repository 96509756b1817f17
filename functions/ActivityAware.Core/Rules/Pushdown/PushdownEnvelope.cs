using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ActivityAware.Core.Rules.Pushdown;

/// <summary>Writes a pushdown pattern: CloudTrail's envelope fields, and the given <c>detail</c> branches joined with <c>$or</c>.</summary>
internal static class PushdownEnvelope
{
    public static readonly JsonSerializerOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// The CloudTrail events a rule can be about: API calls, console sign-ins, and console actions that are not API calls (a root
    /// user's account settings changed in the console is one; CIS CloudWatch.1 counts it). Service events (AwsServiceEvent) are
    /// AWS's own doing, which no rule in the pack is about.
    /// </summary>
    private static readonly string[] DetailTypes =
        ["AWS API Call via CloudTrail", "AWS Console Sign In via CloudTrail", "AWS Console Action via CloudTrail"];

    /// <summary>The branches in a stable order (by their text), so the same rules always give the same pattern.</summary>
    public static List<JsonObject> Ordered(IEnumerable<JsonObject> details) =>
        details.OrderBy(d => d.ToJsonString(Compact), StringComparer.Ordinal).ToList();

    public static string Render(IEnumerable<JsonObject> details) => Render(Detail(Ordered(details)));

    /// <summary>One branch as is; several under a <c>$or</c> (EventBridge reads a <c>$or</c> with one entry as a field name).</summary>
    public static JsonObject Detail(List<JsonObject> ordered) =>
        ordered.Count == 1 ? ordered[0] : new JsonObject { ["$or"] = new JsonArray(ordered.Select(d => (JsonNode)d.DeepClone()).ToArray()) };

    public static string Render(JsonObject detail)
    {
        var pattern = new JsonObject
        {
            ["source"] = new JsonArray(new JsonObject { ["prefix"] = "aws." }),
            ["detail-type"] = new JsonArray(DetailTypes.Select(t => (JsonNode)t).ToArray()),
            ["detail"] = detail.DeepClone(),
        };
        return pattern.ToJsonString(Compact);
    }
}
