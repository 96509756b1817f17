using System.Text.Json.Nodes;
using ActivityAware.Local.Asl.Definition;
using ActivityAware.Local.Asl.JsonPath;

namespace ActivityAware.Local.Asl.Choice;

/// <summary>Parses and validates Choice rules at load: one operator per rule, operand types, paths, Next only at the top.</summary>
public static class ChoiceRuleParser
{
    public static ChoiceRule Parse(JsonNode? node, string stateName, string field, bool topLevel)
    {
        if (node is not JsonObject rule)
            throw new AslDefinitionException(stateName, field, "a choice rule must be an object");
        var allowed = new HashSet<string>(["Comment", "Variable", "And", "Or", "Not"], StringComparer.Ordinal);
        if (topLevel)
        {
            allowed.Add("Next");
            allowed.Add("Assign");
        }
        var operators = rule.Select(p => p.Key).Where(ComparisonOperators.All.ContainsKey).ToList();
        foreach (var (key, _) in rule)
        {
            if (key is "Condition" or "Output")
                throw new AslDefinitionException(stateName, $"{field}.{key}",
                    $"The QueryLanguage is set to 'JSONPath', but field '{key}' is only supported for the 'JSONata' QueryLanguage");
            if (!allowed.Contains(key) && !ComparisonOperators.All.ContainsKey(key))
                throw new AslDefinitionException(stateName, $"{field}.{key}",
                    key is "Next" or "Assign" ? $"{key} is only allowed on top-level choice rules" : "unknown field in a choice rule");
        }
        if (rule.TryGetPropertyValue("Comment", out var comment) && !AslJson.IsString(comment))
            throw new AslDefinitionException(stateName, $"{field}.Comment", $"must be a string but is {AslJson.TypeName(comment)}");
        var combinators = new[] { "And", "Or", "Not" }.Where(rule.ContainsKey).ToList();
        if (combinators.Count + operators.Count != 1)
            throw new AslDefinitionException(stateName, field,
                "a choice rule must have exactly one comparison operator or one of And, Or, Not");
        if (combinators.Count == 1)
        {
            if (rule.ContainsKey("Variable"))
                throw new AslDefinitionException(stateName, $"{field}.Variable", "And, Or and Not rules take no Variable");
            return ParseCombinator(rule, combinators[0], stateName, field);
        }
        return ParseComparison(rule, operators[0], stateName, field);
    }

    private static ChoiceRule ParseCombinator(JsonObject rule, string name, string stateName, string field)
    {
        if (name == "Not")
            return new NotRule(Parse(rule["Not"], stateName, $"{field}.Not", topLevel: false));
        if (rule[name] is not JsonArray { Count: > 0 } items)
            throw new AslDefinitionException(stateName, $"{field}.{name}", "must be a non-empty array of choice rules");
        var rules = items.Select((r, i) => Parse(r, stateName, $"{field}.{name}[{i}]", topLevel: false)).ToList();
        return name == "And" ? new AndRule(rules) : new OrRule(rules);
    }

    private static ComparisonRule ParseComparison(JsonObject rule, string op, string stateName, string field)
    {
        if (!AslJson.TryGetString(rule["Variable"], out var variableText))
            throw new AslDefinitionException(stateName, $"{field}.Variable", "a comparison needs a Variable path");
        var variable = Path(variableText, stateName, $"{field}.Variable");
        var operand = rule[op];
        var where = $"{field}.{op}";
        switch (ComparisonOperators.All[op])
        {
            case ComparisonOperators.Operand.Path:
                if (!AslJson.TryGetString(operand, out var pathText))
                    throw new AslDefinitionException(stateName, where, "must be a path string");
                return new ComparisonRule(variable, op, null, Path(pathText, stateName, where));
            case ComparisonOperators.Operand.String when !AslJson.IsString(operand):
                throw new AslDefinitionException(stateName, where, $"must be a string but is {AslJson.TypeName(operand)}");
            case ComparisonOperators.Operand.Number when !AslJson.IsNumber(operand):
                throw new AslDefinitionException(stateName, where, $"must be a number but is {AslJson.TypeName(operand)}");
            case ComparisonOperators.Operand.Boolean when !AslJson.IsBoolean(operand):
                throw new AslDefinitionException(stateName, where, $"must be true or false but is {AslJson.TypeName(operand)}");
            case ComparisonOperators.Operand.Timestamp when !(AslJson.TryGetString(operand, out var ts) && Rfc3339Timestamp.TryParse(ts, out _)):
                throw new AslDefinitionException(stateName, where, $"must be an RFC 3339 timestamp such as 2016-03-14T01:59:00Z but is {AslJson.Serialize(operand)}");
        }
        if (op == "StringMatches" && !WildcardPattern.IsWellFormed(operand!.GetValue<string>()))
            throw new AslDefinitionException(stateName, where, $"{AslJson.Serialize(operand)} has an open escape backslash; only \\* (a literal star) and \\\\ (a literal backslash) are escapes");
        return new ComparisonRule(variable, op, operand?.DeepClone(), null);
    }

    /// <summary>The spec makes Variable and the *Path operands Paths, not Reference Paths: one that may select several nodes yields their array.</summary>
    private static JsonPathExpression Path(string text, string stateName, string field)
    {
        try
        {
            return JsonPathExpression.Parse(text);
        }
        catch (JsonPathSyntaxException e)
        {
            throw new AslDefinitionException(stateName, field, e.Message, e);
        }
    }
}
