using System.Net;

namespace ActivityAware.Core.Rules.Patterns;

/// <summary>Compiles one operator object of a value list (<c>{"prefix": "Delete"}</c>) and checks its operand.</summary>
internal static class OperatorCompiler
{
    public const string Allowed = "prefix, suffix, wildcard, equals-ignore-case, anything-but, numeric, cidr, exists";
    public const string AllowedInRules = Allowed + ", " + PublicPolicyMatcher.Name;

    /// <summary>Numeric matching is limited to this magnitude by EventBridge.</summary>
    private const double NumericLimit = 5.0e9;

    /// <param name="ruleOperators">Whether <c>public-policy</c> (a rule-file operator, not EventBridge's) is allowed.</param>
    public static (ValueMatcher? Matcher, bool? Exists) Compile(string path, PatternNode item, List<PatternError> errors, bool ruleOperators)
    {
        var allowed = ruleOperators ? AllowedInRules : Allowed;
        if (item.Properties.Count != 1)
        {
            errors.Add(new PatternError(item.Position,
                $"an operator object in '{path}' must have exactly one key, one of: {allowed}"));
            return (null, null);
        }
        var (name, position, operand) = (item.Properties[0].Name, item.Properties[0].Position, item.Properties[0].Value);
        switch (name)
        {
            case "exists":
                if (operand.Kind == PatternNodeKind.Boolean) return (null, operand.Boolean);
                errors.Add(new PatternError(operand.Position, $"'exists' in '{path}' takes true or false"));
                return (null, null);
            case "prefix":
            case "suffix":
                return (AffixOrIgnoreCase(name, path, operand, errors), null);
            case "equals-ignore-case":
                return (RequireString(name, path, operand, errors) is { } e ? new EqualsIgnoreCaseMatcher(e) : null, null);
            case "wildcard":
                return (RequireString(name, path, operand, errors) is { } w ? Wildcard(w, path, operand, errors) : null, null);
            case "cidr":
                return (Cidr(path, operand, errors), null);
            case "numeric":
                return (Numeric(path, operand, errors), null);
            case "anything-but":
                return (AnythingButCompiler.Compile(path, operand, errors), null);
            case PublicPolicyMatcher.Name when ruleOperators:
                if (operand is { Kind: PatternNodeKind.Boolean, Boolean: true }) return (PublicPolicyMatcher.Instance, null);
                errors.Add(new PatternError(operand.Position, $"'{PublicPolicyMatcher.Name}' in '{path}' takes true"));
                return (null, null);
            default:
                errors.Add(new PatternError(position, $"unknown operator '{name}' in '{path}'; expected one of: {allowed}"));
                return (null, null);
        }
    }

    public static string? RequireString(string op, string path, PatternNode operand, List<PatternError> errors)
    {
        if (operand.Kind == PatternNodeKind.String) return operand.Text;
        errors.Add(new PatternError(operand.Position, $"'{op}' in '{path}' takes a string"));
        return null;
    }

    public static ValueMatcher? AffixOrIgnoreCase(string op, string path, PatternNode operand, List<PatternError> errors)
    {
        var ignoreCase = false;
        var text = operand.Text;
        if (operand.Kind == PatternNodeKind.Object && operand.Properties is [{ Name: "equals-ignore-case" } inner] &&
            inner.Value.Kind == PatternNodeKind.String)
        {
            ignoreCase = true;
            text = inner.Value.Text;
        }
        else if (operand.Kind != PatternNodeKind.String)
        {
            errors.Add(new PatternError(operand.Position,
                $"'{op}' in '{path}' takes a string or {{\"equals-ignore-case\": \"text\"}}"));
            return null;
        }
        return op == "prefix" ? new PrefixMatcher(text, ignoreCase) : new SuffixMatcher(text, ignoreCase);
    }

    public static ValueMatcher? Wildcard(string text, string path, PatternNode operand, List<PatternError> errors)
    {
        var literals = new List<string>();
        var current = new System.Text.StringBuilder();
        var previousWasStar = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\\')
            {
                if (i + 1 < text.Length && text[i + 1] is '*' or '\\')
                {
                    current.Append(text[++i]);
                    previousWasStar = false;
                    continue;
                }
                errors.Add(new PatternError(operand.Position,
                    $"wildcard '{text}' in '{path}': a backslash may only escape '*' or '\\'"));
                return null;
            }
            if (c == '*')
            {
                if (previousWasStar)
                {
                    errors.Add(new PatternError(operand.Position,
                        $"wildcard '{text}' in '{path}' has consecutive '*', which EventBridge rejects"));
                    return null;
                }
                literals.Add(current.ToString());
                current.Clear();
                previousWasStar = true;
                continue;
            }
            current.Append(c);
            previousWasStar = false;
        }
        literals.Add(current.ToString());
        return new WildcardMatcher(text, literals.ToArray());
    }

    private static ValueMatcher? Cidr(string path, PatternNode operand, List<PatternError> errors)
    {
        if (operand.Kind == PatternNodeKind.String && IPNetwork.TryParse(operand.Text, out var network)) return new CidrMatcher(network, operand.Text);
        errors.Add(new PatternError(operand.Position,
            $"'cidr' in '{path}' takes an IPv4 or IPv6 block such as \"10.0.0.0/24\" or \"2001:db8::/32\""));
        return null;
    }

    private static ValueMatcher? Numeric(string path, PatternNode operand, List<PatternError> errors)
    {
        var items = operand.Items;
        var comparisons = new List<NumericComparison>();
        var valid = operand.Kind == PatternNodeKind.Array && items.Count is 2 or 4;
        for (var i = 0; valid && i < items.Count; i += 2)
        {
            valid = items[i].Kind == PatternNodeKind.String && items[i].Text is "=" or "<" or "<=" or ">" or ">=" &&
                    items[i + 1].Kind == PatternNodeKind.Number && Math.Abs(items[i + 1].Number) <= NumericLimit;
            if (valid) comparisons.Add(new NumericComparison(items[i].Text, items[i + 1].Number));
        }
        if (valid && comparisons.Count == 2)
        {
            valid = comparisons[0].Operator is ">" or ">=" && comparisons[1].Operator is "<" or "<=";
        }
        if (!valid)
        {
            errors.Add(new PatternError(operand.Position,
                $"'numeric' in '{path}' takes [\"op\", number] or [\">\"|\">=\", low, \"<\"|\"<=\", high] with op one of =, <, <=, >, >= and numbers within ±5e9"));
            return null;
        }
        var description = string.Join(" ", comparisons.Select(c => $"{c.Operator} {c.Operand}"));
        return new NumericMatcher(comparisons.ToArray(), description);
    }
}
