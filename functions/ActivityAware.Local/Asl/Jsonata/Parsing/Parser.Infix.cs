using ActivityAware.Local.Asl.Jsonata.Ast;
using ActivityAware.Local.Asl.Jsonata.Functions;
using ActivityAware.Local.Asl.Jsonata.Values;

namespace ActivityAware.Local.Asl.Jsonata.Parsing;

/// <summary>The infix half of the parser: operators that follow a left operand, and the path-step annotations.</summary>
internal sealed partial class Parser
{
    private Node Infix(Token token, Node left)
    {
        var power = BindingPowers[token.Text];
        switch (token.Text)
        {
            case ".":
                return MakePath(left, Expression(power));
            case "+" or "-" or "*" or "/" or "%" or "=" or "!=" or "<" or "<=" or ">" or ">=" or "&" or "in":
                var right = Expression(power);
                var binary = new BinaryNode(token.Text, left, right, token.Position);
                AncestryResolver.Push(binary, left);
                AncestryResolver.Push(binary, right);
                return binary;
            case "and" or "or":
                var other = Expression(power);
                var logical = new LogicalNode(token.Text == "and", left, other, token.Position);
                AncestryResolver.Push(logical, left);
                AncestryResolver.Push(logical, other);
                return logical;
            case ":=":
                if (left is not VariableNode variable)
                {
                    throw JsonataErrors.Create("S0212", left.Position, TokenOf(left));
                }

                var value = Expression(power - 1);
                var bind = new BindNode(variable.Name, value, token.Position);
                AncestryResolver.Push(bind, value);
                return bind;
            case "~>":
                var function = Expression(power);
                return new ApplyNode(left, function, token.Position) { KeepArray = left.KeepArray || function.KeepArray };
            case "?":
                return Conditional(token, left);
            case "(":
                return Call(token, left);
            case "[":
                return Predicate(token, left);
            case "{":
                if (left.Group is not null)
                {
                    throw JsonataErrors.Create("S0210", token.Position);
                }

                left.Group = new GroupClause(KeyValuePairs(), token.Position);
                return left;
            case "^":
                return OrderBy(token, left);
            case "@":
                return FocusBinding(token, left);
            case "#":
                return IndexBinding(token, left);
            default:
                throw JsonataErrors.Create("S0201", token.Position, token.Text);
        }
    }

    private ConditionNode Conditional(Token token, Node condition)
    {
        var then = Expression(0);
        Node? otherwise = null;
        if (current.Is(":"))
        {
            Advance(":");
            otherwise = Expression(0);
        }

        var node = new ConditionNode(condition, then, otherwise, token.Position);
        AncestryResolver.Push(node, condition);
        AncestryResolver.Push(node, then);
        if (otherwise is not null)
        {
            AncestryResolver.Push(node, otherwise);
        }

        return node;
    }

    private Node Call(Token token, Node procedure)
    {
        var arguments = new List<Node>();
        var isPartial = false;
        if (!current.Is(")"))
        {
            while (true)
            {
                if (current.Is("?"))
                {
                    isPartial = true;
                    arguments.Add(new PlaceholderNode(current.Position));
                    Advance("?");
                }
                else
                {
                    arguments.Add(Expression(0));
                }

                if (!current.Is(","))
                {
                    break;
                }

                Advance(",");
            }
        }

        Advance(")");
        if (procedure is PathNode { Steps: [NameNode { Name: "function" or "\u03BB" }] })
        {
            return Lambda(token, arguments);
        }

        Node call = isPartial
            ? new PartialApplicationNode(procedure, arguments, token.Position)
            : new FunctionCallNode(procedure, arguments, token.Position);
        foreach (var argument in arguments)
        {
            AncestryResolver.Push(call, argument);
        }

        return call;
    }

    private LambdaNode Lambda(Token token, List<Node> arguments)
    {
        var parameters = new List<string>();
        for (var i = 0; i < arguments.Count; i++)
        {
            if (arguments[i] is not VariableNode parameter)
            {
                throw JsonataErrors.Create("S0208", arguments[i].Position, TokenOf(arguments[i]), (double)(i + 1));
            }

            parameters.Add(parameter.Name);
        }

        FunctionSignature? signature = null;
        if (current.Is("<"))
        {
            signature = FunctionSignature.Parse(lexer.ReadSignature());
            Advance();
        }

        Advance("{");
        var body = Expression(0);
        Advance("}");
        return new LambdaNode(parameters, signature, TailCallOptimize(body), isThunk: false, token.Position);
    }

    /// <summary>Wraps calls in tail position in thunks, which the function applier runs in a loop instead of recursing.</summary>
    private static Node TailCallOptimize(Node body)
    {
        switch (body)
        {
            case FunctionCallNode call when call.Predicates is null:
                return new LambdaNode([], null, call, isThunk: true, call.Position);
            case ConditionNode condition:
                condition.Then = TailCallOptimize(condition.Then);
                if (condition.Otherwise is not null)
                {
                    condition.Otherwise = TailCallOptimize(condition.Otherwise);
                }

                return condition;
            case BlockNode { Expressions.Count: > 0 } block:
                block.Expressions[^1] = TailCallOptimize(block.Expressions[^1]);
                return block;
            default:
                return body;
        }
    }

    private Node Predicate(Token token, Node left)
    {
        var step = left is PathNode path ? path.Steps[^1] : left;
        if (current.Is("]"))
        {
            Advance("]");
            step.KeepArray = true;
            if (left is PathNode keptPath)
            {
                keptPath.KeepSingletonArray = true;
            }

            return left;
        }

        var predicate = Expression(0);
        Advance("]");
        if (step.Group is not null)
        {
            throw JsonataErrors.Create("S0209", token.Position);
        }

        if (predicate.SeekingParent is not null)
        {
            foreach (var slot in predicate.SeekingParent)
            {
                if (slot.Level == 1)
                {
                    AncestryResolver.Seek(step, slot);
                }
                else
                {
                    slot.Level--;
                }
            }

            AncestryResolver.Push(step, predicate);
        }

        if (left is PathNode)
        {
            (step.Stages ??= []).Add(new Stage(predicate, null, token.Position));
        }
        else
        {
            (step.Predicates ??= []).Add(predicate);
        }

        return left;
    }

    private PathNode OrderBy(Token token, Node left)
    {
        Advance("(");
        var terms = new List<SortTerm>();
        while (true)
        {
            var descending = false;
            if (current.Is("<"))
            {
                Advance("<");
            }
            else if (current.Is(">"))
            {
                descending = true;
                Advance(">");
            }

            terms.Add(new SortTerm(Expression(0), descending));
            if (!current.Is(","))
            {
                break;
            }

            Advance(",");
        }

        Advance(")");
        var path = left as PathNode ?? new PathNode(left);
        var sort = new SortNode(terms, token.Position);
        foreach (var term in terms)
        {
            AncestryResolver.Push(sort, term.Expression);
        }

        path.Steps.Add(sort);
        AncestryResolver.Resolve(path);
        return path;
    }

    private Node FocusBinding(Token token, Node left)
    {
        var variable = BindingVariable(token);
        var step = left is PathNode path ? path.Steps[^1] : left;
        if (step.Stages is not null || step.Predicates is not null)
        {
            throw JsonataErrors.Create("S0215", token.Position);
        }

        if (step is SortNode)
        {
            throw JsonataErrors.Create("S0216", token.Position);
        }

        step.Focus = variable;
        step.Tuple = true;
        return left;
    }

    private PathNode IndexBinding(Token token, Node left)
    {
        var variable = BindingVariable(token);
        PathNode path;
        Node step;
        if (left is PathNode existing)
        {
            path = existing;
            step = existing.Steps[^1];
        }
        else
        {
            path = new PathNode(left);
            step = left;
            if (step.Predicates is not null)
            {
                step.Stages = step.Predicates.Select(p => new Stage(p, null, p.Position)).ToList();
                step.Predicates = null;
            }
        }

        if (step.Stages is null)
        {
            step.IndexVariable = variable;
        }
        else
        {
            step.Stages.Add(new Stage(null, variable, token.Position));
        }

        step.Tuple = true;
        return path;
    }

    private string BindingVariable(Token token)
    {
        var operand = Expression(BindingPowers[token.Text]);
        if (operand is not VariableNode variable)
        {
            throw JsonataErrors.Create("S0214", operand.Position, token.Text);
        }

        return variable.Name;
    }

    /// <summary>The source token a misplaced operand stands for, as syntax errors report it.</summary>
    private static object? TokenOf(Node node) => node switch
    {
        PathNode { Steps: [NameNode name] } => name.Name,
        NameNode name => name.Name,
        LiteralNode literal => literal.Value,
        _ => null,
    };

    /// <summary>Joins <c>left.right</c> into one path, as jsonata-js's processAST does for the '.' operator.</summary>
    private static PathNode MakePath(Node left, Node right)
    {
        var path = left as PathNode ?? new PathNode(left);
        if (left is ParentNode parent)
        {
            path.SeekingParent = [parent.Slot];
        }

        if (right is PathNode rest)
        {
            path.Steps.AddRange(rest.Steps);
        }
        else
        {
            if (right.Predicates is not null)
            {
                right.Stages = right.Predicates.Select(p => new Stage(p, null, p.Position)).ToList();
                right.Predicates = null;
            }

            path.Steps.Add(right);
        }

        for (var i = 0; i < path.Steps.Count; i++)
        {
            if (path.Steps[i] is LiteralNode literal)
            {
                if (literal.Value is not string name)
                {
                    throw JsonataErrors.Create("S0213", literal.Position, value: literal.Value);
                }

                var step = new NameNode(name, literal.Position);
                step.CopyAnnotationsFrom(literal);
                path.Steps[i] = step;
            }
        }

        if (path.Steps.Exists(step => step.KeepArray))
        {
            path.KeepSingletonArray = true;
        }

        if (path.Steps[0] is ArrayConstructorNode first)
        {
            first.ConsArray = true;
        }

        if (path.Steps[^1] is ArrayConstructorNode last)
        {
            last.ConsArray = true;
        }

        AncestryResolver.Resolve(path);
        return path;
    }
}
