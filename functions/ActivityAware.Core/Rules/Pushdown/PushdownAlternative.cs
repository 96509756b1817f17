using System.Text.Json.Nodes;

namespace ActivityAware.Core.Rules.Pushdown;

/// <summary>One <c>$or</c> branch of the pushdown under <c>detail</c>: exact eventName values (null = any) and other fields.</summary>
internal sealed record PushdownAlternative(JsonObject Rest, List<string>? Names, bool IsWholePattern)
{
    public List<string>? Names { get; set; } = Names;

    /// <summary>True once the names were widened to their leading verbs (prefix matching).</summary>
    public bool Widened { get; set; }

    public JsonObject ToDetailPattern()
    {
        var detail = (JsonObject)Rest.DeepClone();
        if (Names is not null)
        {
            detail["eventName"] = Widened
                ? new JsonArray(Names.Select(n => (JsonNode)new JsonObject { ["prefix"] = n }).ToArray())
                : new JsonArray(Names.Select(n => (JsonNode)JsonValue.Create(n)).ToArray());
        }
        return detail;
    }
}
