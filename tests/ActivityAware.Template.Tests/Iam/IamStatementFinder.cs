using System.Text.Json.Nodes;

namespace ActivityAware.Template.Tests.Iam;

/// <summary>
/// Finds every IAM statement anywhere in a CloudFormation template: role and inline policies, queue and bucket policies,
/// trust policies, statements inside Fn::If branches. A statement is any object with an Effect and an Action or NotAction.
/// </summary>
public static class IamStatementFinder
{
    public static IReadOnlyList<IamStatement> FindAll(JsonNode template)
    {
        var found = new List<IamStatement>();
        Walk(template, "$", found);
        return found;
    }

    private static void Walk(JsonNode? node, string location, List<IamStatement> found)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj.ContainsKey("Effect") && (obj.ContainsKey("Action") || obj.ContainsKey("NotAction")))
                    found.Add(new IamStatement(location, obj));
                foreach (var (name, child) in obj)
                    Walk(child, $"{location}.{name}", found);
                break;
            case JsonArray array:
                for (var index = 0; index < array.Count; index++)
                    Walk(array[index], $"{location}[{index}]", found);
                break;
        }
    }
}
