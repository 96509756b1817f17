using ActivityAware.Local.Asl.Jsonata.Ast;
using ActivityAware.Local.Asl.Jsonata.Values;

namespace ActivityAware.Local.Asl.Jsonata.Parsing;

/// <summary>
/// A Pratt (top-down operator precedence) parser with jsonata-js's binding powers. It builds the processed tree
/// directly: paths are flattened into steps and steps annotated as jsonata-js's processAST would.
/// </summary>
internal sealed partial class Parser
{
    /// <summary>Left binding powers of the infix operators; every other token ends an expression.</summary>
    private static readonly Dictionary<string, int> BindingPowers = new(StringComparer.Ordinal)
    {
        ["."] = 75, ["["] = 80, ["{"] = 70, ["("] = 80, ["@"] = 80, ["#"] = 80, ["?"] = 20, ["+"] = 50, ["-"] = 50,
        ["*"] = 60, ["/"] = 60, ["%"] = 60, ["="] = 40, ["<"] = 40, [">"] = 40, ["^"] = 40, [":="] = 10, ["!="] = 40,
        ["<="] = 40, [">="] = 40, ["~>"] = 40, ["and"] = 30, ["or"] = 25, ["in"] = 40,
        ["&"] = 50,
    };

    /// <summary>Nesting of sub-expressions the parser accepts before it answers U1001 rather than overflow its stack.</summary>
    private const int MaxNesting = 1_000;

    private readonly Lexer lexer;
    private readonly AncestryResolver ancestry = new();
    private Token current;
    private int nesting;

    private Parser(string text)
    {
        lexer = new Lexer(text);
        current = lexer.Next(regexAllowed: true);
    }

    public static Node Parse(string text)
    {
        var parser = new Parser(text);
        var ast = parser.Expression(0);
        if (parser.current.Kind != TokenKind.End)
        {
            throw JsonataErrors.Create("S0201", parser.current.Position, parser.current.Value ?? parser.current.Text);
        }

        if (ast is ParentNode || ast.SeekingParent is not null)
        {
            throw JsonataErrors.Create("S0217", ast.Position, AncestryResolver.TypeName(ast));
        }

        return ast;
    }

    private static bool EndsOperand(Token token) => token.Kind switch
    {
        TokenKind.Operator => token.Text is ")" or "]" or "}",
        _ => true,
    };

    private static int LeftBindingPower(Token token) =>
        token.Kind == TokenKind.Operator ? BindingPowers.GetValueOrDefault(token.Text) : 0;

    private void Advance(string? expected = null)
    {
        if (expected is not null && !current.Is(expected))
        {
            throw current.Kind == TokenKind.End
                ? JsonataErrors.Create("S0203", current.Position, current.Text, expected)
                : JsonataErrors.Create("S0202", current.Position, current.Value ?? current.Text, expected);
        }

        current = lexer.Next(regexAllowed: !EndsOperand(current));
    }

    private Node Expression(int rightBindingPower)
    {
        if (++nesting > MaxNesting)
        {
            throw JsonataErrors.Create("U1001", current.Position);
        }

        var token = current;
        Advance();
        var left = Prefix(token);
        while (rightBindingPower < LeftBindingPower(current))
        {
            token = current;
            Advance();
            left = Infix(token, left);
        }

        nesting--;
        return left;
    }

    private Node Prefix(Token token)
    {
        switch (token.Kind)
        {
            case TokenKind.Name:
                return new PathNode(new NameNode(token.Text, token.Position));
            case TokenKind.Variable:
                return new VariableNode(token.Text, token.Position);
            case TokenKind.String or TokenKind.Number or TokenKind.Value:
                return new LiteralNode(token.Value!, token.Position);
            case TokenKind.Regex:
                return new RegexNode((JsonataRegex)token.Value!, token.Position);
            case TokenKind.End:
                throw JsonataErrors.Create("S0207", token.Position, token.Text);
        }

        switch (token.Text)
        {
            case "-":
                var operand = Expression(70);
                if (operand is LiteralNode { Value: double number } && operand.Predicates is null)
                {
                    return new LiteralNode(-number, operand.Position);
                }

                var negation = new NegationNode(operand, token.Position);
                AncestryResolver.Push(negation, operand);
                return negation;
            case "*":
                return new WildcardNode(token.Position);
            case "**":
                return new DescendantNode(token.Position);
            case "%":
                return ancestry.CreateParent(token.Position);
            case "(":
                return Block(token);
            case "[":
                return ArrayConstructor(token);
            case "{":
                var pairs = KeyValuePairs();
                var constructor = new ObjectConstructorNode(new GroupClause(pairs, token.Position), token.Position);
                foreach (var (key, value) in pairs)
                {
                    AncestryResolver.Push(constructor, key);
                    AncestryResolver.Push(constructor, value);
                }

                return constructor;
            case "|":
                var pattern = Expression(0);
                Advance("|");
                var update = Expression(0);
                Node? delete = null;
                if (current.Is(","))
                {
                    Advance(",");
                    delete = Expression(0);
                }

                Advance("|");
                return new TransformNode(pattern, update, delete, token.Position);
            case "and" or "or" or "in":
                return new PathNode(new NameNode(token.Text, token.Position));
            default:
                throw JsonataErrors.Create("S0211", token.Position, token.Text);
        }
    }

    private BlockNode Block(Token token)
    {
        var expressions = new List<Node>();
        while (!current.Is(")"))
        {
            expressions.Add(Expression(0));
            if (!current.Is(";"))
            {
                break;
            }

            Advance(";");
        }

        Advance(")");
        var block = new BlockNode(expressions, token.Position);
        foreach (var part in expressions)
        {
            AncestryResolver.Push(block, part);
            if (part.ConsArray || (part is PathNode path && path.Steps[0].ConsArray))
            {
                block.ConsArray = true;
            }
        }

        return block;
    }

    private ArrayConstructorNode ArrayConstructor(Token token)
    {
        var items = new List<Node>();
        if (!current.Is("]"))
        {
            while (true)
            {
                var item = Expression(0);
                if (current.Is(".."))
                {
                    var rangePosition = current.Position;
                    Advance("..");
                    var end = Expression(0);
                    var range = new BinaryNode("..", item, end, rangePosition);
                    AncestryResolver.Push(range, item);
                    AncestryResolver.Push(range, end);
                    item = range;
                }

                items.Add(item);
                if (!current.Is(","))
                {
                    break;
                }

                Advance(",");
            }
        }

        Advance("]");
        var constructor = new ArrayConstructorNode(items, token.Position);
        foreach (var item in items)
        {
            AncestryResolver.Push(constructor, item);
        }

        return constructor;
    }

    private List<(Node Key, Node Value)> KeyValuePairs()
    {
        var pairs = new List<(Node, Node)>();
        if (!current.Is("}"))
        {
            while (true)
            {
                var key = Expression(0);
                Advance(":");
                var value = Expression(0);
                pairs.Add((key, value));
                if (!current.Is(","))
                {
                    break;
                }

                Advance(",");
            }
        }

        Advance("}");
        return pairs;
    }
}
