namespace ActivityAware.Core.Rules.Patterns;

/// <summary>
/// Compiles an EventBridge event pattern, rejecting what EventBridge rejects: a pattern is an object; a field's value is
/// either a nested object or a non-empty list (leaf values must be lists); list entries are scalars or single-operator
/// objects; <c>$or</c> is a non-empty list of objects and may appear at any level. Rule files may also use Activity Aware's
/// own operator <c>public-policy</c> (<paramref name="ruleOperators"/>); an EventBridge pattern (the pushdown) may not.
/// </summary>
public static class EventPatternCompiler
{
    /// <summary>Compiles an EventBridge pattern or returns null with every problem added to <paramref name="errors"/>.</summary>
    public static EventPattern? Compile(PatternNode pattern, List<PatternError> errors) => Compile(pattern, errors, ruleOperators: false);

    /// <summary>Compiles or returns null with every problem added to <paramref name="errors"/>.</summary>
    /// <param name="ruleOperators">Whether the rule-file operator <c>public-policy</c> is allowed besides EventBridge's.</param>
    public static EventPattern? Compile(PatternNode pattern, List<PatternError> errors, bool ruleOperators)
    {
        var before = errors.Count;
        if (pattern.Kind != PatternNodeKind.Object)
        {
            errors.Add(new PatternError(pattern.Position, "a pattern must be an object of field names"));
            return null;
        }
        if (pattern.Properties.Count == 0)
        {
            errors.Add(new PatternError(pattern.Position, "a pattern needs at least one field"));
            return null;
        }
        var compiled = CompileObject(pattern, "", pattern, errors, ruleOperators);
        return errors.Count == before ? compiled : null;
    }

    /// <summary>Compiles JSON text; throws <see cref="FormatException"/> listing every problem.</summary>
    public static EventPattern CompileJson(string json)
    {
        using var document = System.Text.Json.JsonDocument.Parse(json);
        var errors = new List<PatternError>();
        var pattern = Compile(JsonPatternNodeReader.Read(document.RootElement), errors);
        return pattern ?? throw new FormatException(string.Join("; ", errors.Select(e => e.Message)));
    }

    private static EventPattern CompileObject(PatternNode node, string prefix, PatternNode source, List<PatternError> errors, bool ruleOperators)
    {
        var conditions = new List<FieldCondition>();
        var alternatives = new List<EventPattern[]>();
        foreach (var property in node.Properties)
        {
            if (property.Name == "$or")
            {
                alternatives.Add(CompileOr(property, prefix, errors, ruleOperators));
                continue;
            }
            if (property.Name.Length == 0 || property.Name.Contains('.'))
            {
                errors.Add(new PatternError(property.Position,
                    $"field name '{property.Name}' is not allowed; nest objects instead of using dots"));
                continue;
            }
            var path = prefix.Length == 0 ? property.Name : $"{prefix}.{property.Name}";
            switch (property.Value.Kind)
            {
                case PatternNodeKind.Object:
                    var nested = CompileObject(property.Value, path, property.Value, errors, ruleOperators);
                    conditions.AddRange(nested.Conditions);
                    alternatives.AddRange(nested.Alternatives);
                    break;
                case PatternNodeKind.Array:
                    if (CompileField(path, property.Value, errors, ruleOperators) is { } condition) conditions.Add(condition);
                    break;
                default:
                    errors.Add(new PatternError(property.Value.Position,
                        $"the value of '{path}' must be a list (EventBridge pattern values are lists, e.g. [\"{property.Value.Text}\"]) or an object"));
                    break;
            }
        }
        return new EventPattern(conditions.ToArray(), alternatives.ToArray(), source);
    }

    private static EventPattern[] CompileOr(PatternProperty property, string prefix, List<PatternError> errors, bool ruleOperators)
    {
        var value = property.Value;
        if (value.Kind != PatternNodeKind.Array || value.Items.Count == 0)
        {
            errors.Add(new PatternError(value.Position, "'$or' must be a non-empty list of patterns"));
            return [];
        }
        var result = new List<EventPattern>();
        foreach (var item in value.Items)
        {
            if (item.Kind != PatternNodeKind.Object || item.Properties.Count == 0)
            {
                errors.Add(new PatternError(item.Position, "each '$or' alternative must be a non-empty object of fields"));
                continue;
            }
            result.Add(CompileObject(item, prefix, item, errors, ruleOperators));
        }
        return result.ToArray();
    }

    private static FieldCondition? CompileField(string path, PatternNode list, List<PatternError> errors, bool ruleOperators)
    {
        if (list.Items.Count == 0)
        {
            errors.Add(new PatternError(list.Position, $"the list for '{path}' is empty; it would match nothing"));
            return null;
        }
        var matchers = new List<ValueMatcher>();
        bool existsTrue = false, existsFalse = false;
        foreach (var item in list.Items)
        {
            switch (item.Kind)
            {
                case PatternNodeKind.String:
                    matchers.Add(new ExactStringMatcher(item.Text));
                    break;
                case PatternNodeKind.Number:
                    matchers.Add(new ExactNumberMatcher(item.Number, item.Text));
                    break;
                case PatternNodeKind.Boolean:
                    matchers.Add(new ExactBooleanMatcher(item.Boolean));
                    break;
                case PatternNodeKind.Null:
                    matchers.Add(NullMatcher.Instance);
                    break;
                case PatternNodeKind.Array:
                    errors.Add(new PatternError(item.Position, $"'{path}' has a list inside its list; write the values in one list"));
                    break;
                default:
                    var op = OperatorCompiler.Compile(path, item, errors, ruleOperators);
                    if (op.Exists is { } exists)
                    {
                        existsTrue |= exists;
                        existsFalse |= !exists;
                    }
                    else if (op.Matcher is not null)
                    {
                        matchers.Add(op.Matcher);
                    }
                    break;
            }
        }
        if (matchers.Contains(PublicPolicyMatcher.Instance) && list.Items.Count > 1)
        {
            errors.Add(new PatternError(list.Position,
                $"'{PublicPolicyMatcher.Name}' in '{path}' must be the only entry of its list: it reads the whole policy, not a value"));
            return null;
        }
        return new FieldCondition(path, list, matchers.ToArray(), existsTrue, existsFalse);
    }
}
