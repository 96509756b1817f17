using System.Text.Json.Nodes;

namespace ActivityAware.Template.Tests.Iam;

/// <summary>Least-privilege findings in a CloudFormation template; an empty list means the template passes.</summary>
public static class IamPolicyAudit
{
    public static IReadOnlyList<string> Find(JsonObject template)
    {
        var findings = new List<string>();
        foreach (var statement in IamStatementFinder.FindAll(template))
            findings.AddRange(FindInStatement(statement));
        findings.AddRange(FindManagedPolicies(template));
        return findings;
    }

    private static IEnumerable<string> FindInStatement(IamStatement statement)
    {
        foreach (var action in statement.Actions.Where(action => action.Contains('*') || action.Contains('?')))
            yield return $"{statement.Location}: wildcard action '{action}'; name each action the code calls.";
        if (statement.Body.ContainsKey("NotAction"))
            yield return $"{statement.Location}: NotAction grants every other action; list the actions instead.";
        if (!statement.IsAllow)
            yield break;
        if (statement.Body.ContainsKey("NotResource"))
            yield return $"{statement.Location}: NotResource in an Allow grants every other resource; list the resources instead.";
        if (statement.Body["Principal"] is JsonValue principal && principal.GetValue<string>() == "*"
            || statement.Body["Principal"]?["AWS"] is JsonValue awsPrincipal && awsPrincipal.GetValue<string>() == "*")
            yield return $"{statement.Location}: Allow to Principal '*'; name the service or account.";
        if (statement.LiteralResources.Contains("*"))
        {
            var notAllowed = statement.Actions.Where(action => !WildcardAllowlist.ResourceStarActions.ContainsKey(action)).ToList();
            if (notAllowed.Count > 0)
                yield return $"{statement.Location}: Resource '*' for {string.Join(", ", notAllowed)}, which support narrower resources.";
        }
    }

    private static IEnumerable<string> FindManagedPolicies(JsonObject template)
    {
        foreach (var (logicalId, resource) in (template["Resources"] as JsonObject ?? []))
        {
            if (resource?["Properties"]?["ManagedPolicyArns"] is not JsonArray arns)
                continue;
            foreach (var arn in arns)
            {
                var text = arn is JsonValue value && value.TryGetValue<string>(out var literal) ? literal : arn?.ToJsonString() ?? "null";
                if (!WildcardAllowlist.ManagedPolicies.ContainsKey(text))
                    yield return $"$.Resources.{logicalId}: managed policy {text} is not on the allowlist; grant the actions inline.";
            }
        }
    }
}
