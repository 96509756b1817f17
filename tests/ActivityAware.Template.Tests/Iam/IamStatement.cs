using System.Text.Json.Nodes;

namespace ActivityAware.Template.Tests.Iam;

/// <summary>One IAM policy statement found in a template, with where it was found (a JSON path into the template).</summary>
public sealed record IamStatement(string Location, JsonObject Body)
{
    public bool IsAllow => Body["Effect"]?.GetValue<string>() == "Allow";

    public IReadOnlyList<string> Actions => Strings(Body["Action"]);

    /// <summary>Literal resource strings; intrinsic functions (Fn::Sub, Fn::GetAtt …) are not literals and are skipped.</summary>
    public IReadOnlyList<string> LiteralResources => Strings(Body["Resource"]);

    private static IReadOnlyList<string> Strings(JsonNode? node) => node switch
    {
        JsonValue value when value.TryGetValue<string>(out var text) => [text],
        JsonArray array => array.OfType<JsonValue>()
            .Select(item => item.TryGetValue<string>(out var text) ? text : null)
            .OfType<string>()
            .ToList(),
        _ => [],
    };
}
