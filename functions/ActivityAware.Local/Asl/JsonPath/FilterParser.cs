namespace ActivityAware.Local.Asl.JsonPath;

/// <summary>Recursive-descent parser for filter bodies: or → and → not → comparison.</summary>
internal sealed class FilterParser(JsonPathParser path)
{
    private static readonly string[] Operators = ["==", "!=", "<=", ">=", "<", ">"];

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
        var op = Operators.FirstOrDefault(path.StartsWith);
        if (op is null)
            return new ComparisonFilter(left, null, null);
        path.Advance(op.Length);
        path.SkipSpaces();
        return new ComparisonFilter(left, op, ParseOperand());
    }

    private FilterOperand ParseOperand()
    {
        var c = path.Peek();
        if (c is '@' or '$')
        {
            path.Advance(1);
            var segments = path.ParseSegments(ch => ch is ' ' or ')' or '=' or '!' or '<' or '>' or '&' or '|');
            return FilterOperand.Path(segments, fromRoot: c == '$');
        }
        return FilterOperand.Literal(path.ReadLiteral());
    }
}
