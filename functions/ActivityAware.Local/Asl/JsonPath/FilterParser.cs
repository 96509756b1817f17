namespace ActivityAware.Local.Asl.JsonPath;

/// <summary>Recursive-descent parser for filter bodies: or → and → not → comparison.</summary>
internal sealed class FilterParser(JsonPathParser path)
{
    private static readonly string[] Operators = ["==", "!=", "<=", ">=", "=~", "<", ">"];

    /// <summary>Jayway's word operators; each is followed by a space or its operand's opening bracket.</summary>
    private static readonly string[] WordOperators = ["subsetof", "anyof", "noneof", "empty", "size", "nin", "in"];

    public FilterExpression ParseOr()
    {
        var left = ParseAnd();
        while (path.SkipSpaces() && path.StartsWith("||"))
        {
            path.Advance(2);
            left = new OrFilter(left, ParseAnd());
        }
        return left;
    }

    private FilterExpression ParseAnd()
    {
        var left = ParseUnary();
        while (path.SkipSpaces() && path.StartsWith("&&"))
        {
            path.Advance(2);
            left = new AndFilter(left, ParseUnary());
        }
        return left;
    }

    private FilterExpression ParseUnary()
    {
        path.SkipSpaces();
        if (path.Peek() == '!' && !path.StartsWith("!="))
        {
            path.Advance(1);
            return new NotFilter(ParseUnary());
        }
        if (path.Peek() == '(')
        {
            path.Advance(1);
            var inner = ParseOr();
            path.SkipSpaces();
            path.Expect(')');
            return inner;
        }
        var left = ParseOperand();
        path.SkipSpaces();
        var op = Operators.FirstOrDefault(path.StartsWith) ?? WordOperators.FirstOrDefault(IsWordOperator);
        if (op is null)
            return new ComparisonFilter(left, null, null);
        path.Advance(op.Length);
        path.SkipSpaces();
        if (op == "=~")
            return new RegexFilter(left, path.ReadRegex());
        return new ComparisonFilter(left, op, ParseOperand());
    }

    private bool IsWordOperator(string word) => path.StartsWith(word) && path.PeekAt(word.Length) is ' ' or '[';

    private FilterOperand ParseOperand()
    {
        var c = path.Peek();
        if (c is '@' or '$')
        {
            path.Advance(1);
            var segments = path.ParseSegments(ch => ch is ' ' or ')' or '=' or '!' or '<' or '>' or '&' or '|');
            return FilterOperand.Path(segments, fromRoot: c == '$');
        }
        return FilterOperand.Literal(c == '[' ? path.ReadArrayLiteral() : path.ReadLiteral());
    }
}
