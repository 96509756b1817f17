using System.Text.Json.Nodes;

namespace ActivityAware.Local.Asl.Choice;

/// <summary>A one-line description of a choice rule: <c>$.type StringEquals "slack"</c>, <c>not (…)</c>, <c>(…) and (…)</c>.</summary>
public static class ChoiceRuleLabel
{
    public static string Describe(JsonNode? rule)
    {
        if (rule is not JsonObject obj)
            return "?";
        if (obj["Not"] is { } not)
            return $"not ({Describe(not)})";
        foreach (var combinator in new[] { "And", "Or" })
        {
            if (obj[combinator] is JsonArray rules)
                return string.Join($" {combinator.ToLowerInvariant()} ", rules.Select(r => $"({Describe(r)})"));
        }
        var op = obj.Select(p => p.Key).FirstOrDefault(ComparisonOperators.All.ContainsKey) ?? "?";
        var variable = AslJson.TryGetString(obj["Variable"], out var v) ? v : "?";
        return $"{variable} {op} {AslJson.Serialize(obj[op])}";
    }
}
