namespace ActivityAware.Core.Rules.Patterns;

/// <summary>
/// <c>anything-but</c> takes a scalar, a non-empty list of strings or of numbers, or one of
/// <c>{"prefix"|"suffix"|"wildcard"|"equals-ignore-case": text or [texts]}</c>.
/// </summary>
internal static class AnythingButCompiler
{
    private const string Forms = "a value, a list of strings or numbers, or {prefix|suffix|wildcard|equals-ignore-case: …}";

    public static ValueMatcher? Compile(string path, PatternNode operand, List<PatternError> errors)
    {
        switch (operand.Kind)
        {
            case PatternNodeKind.Array when operand.Items.Count > 0 && operand.Items.All(i => i.Kind is PatternNodeKind.String) ||
                                            operand.Items.Count > 0 && operand.Items.All(i => i.Kind is PatternNodeKind.Number):
                return new AnythingButMatcher(operand.Items.Select(Exact).ToArray(), stringsOnly: false,
                    $"[{string.Join(", ", operand.Items.Select(i => i.Text))}]");
            case PatternNodeKind.String or PatternNodeKind.Number or PatternNodeKind.Boolean or PatternNodeKind.Null:
                return new AnythingButMatcher([Exact(operand)], stringsOnly: false, operand.Text);
            case PatternNodeKind.Object when operand.Properties.Count == 1:
                return Nested(path, operand.Properties[0], errors);
            default:
                errors.Add(new PatternError(operand.Position, $"'anything-but' in '{path}' takes {Forms}"));
                return null;
        }
    }

    private static ValueMatcher Exact(PatternNode item) => item.Kind switch
    {
        PatternNodeKind.String => new ExactStringMatcher(item.Text),
        PatternNodeKind.Number => new ExactNumberMatcher(item.Number, item.Text),
        PatternNodeKind.Boolean => new ExactBooleanMatcher(item.Boolean),
        _ => NullMatcher.Instance,
    };

    private static ValueMatcher? Nested(string path, PatternProperty inner, List<PatternError> errors)
    {
        if (inner.Name is not ("prefix" or "suffix" or "wildcard" or "equals-ignore-case"))
        {
            errors.Add(new PatternError(inner.Position,
                $"unknown operator '{inner.Name}' inside 'anything-but' in '{path}'; expected one of: prefix, suffix, wildcard, equals-ignore-case"));
            return null;
        }
        var texts = inner.Value.Kind == PatternNodeKind.Array ? inner.Value.Items : [inner.Value];
        if (texts.Count == 0 || texts.Any(t => t.Kind != PatternNodeKind.String))
        {
            errors.Add(new PatternError(inner.Value.Position,
                $"'anything-but {inner.Name}' in '{path}' takes a string or a non-empty list of strings"));
            return null;
        }
        var excluded = new List<ValueMatcher>();
        foreach (var text in texts)
        {
            ValueMatcher? matcher = inner.Name switch
            {
                "prefix" => new PrefixMatcher(text.Text, ignoreCase: false),
                "suffix" => new SuffixMatcher(text.Text, ignoreCase: false),
                "equals-ignore-case" => new EqualsIgnoreCaseMatcher(text.Text),
                _ => OperatorCompiler.Wildcard(text.Text, path, text, errors),
            };
            if (matcher is null) return null;
            excluded.Add(matcher);
        }
        return new AnythingButMatcher(excluded.ToArray(), stringsOnly: true,
            $"{inner.Name} [{string.Join(", ", texts.Select(t => t.Text))}]");
    }
}
