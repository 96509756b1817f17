using ActivityAware.Local.Asl.Jsonata.Evaluation;
using ActivityAware.Local.Asl.Jsonata.Values;

namespace ActivityAware.Local.Asl.Jsonata.Ast;

/// <summary><c>$f(a, ?, c)</c>: a new function of the <c>?</c> arguments.</summary>
internal sealed class PartialApplicationNode : Node
{
    public PartialApplicationNode(Node procedure, IReadOnlyList<Node> arguments, int position)
        : base(position)
    {
        Procedure = procedure;
        Arguments = arguments;
    }

    public Node Procedure { get; }

    public IReadOnlyList<Node> Arguments { get; }

    public override object? EvaluateCore(object? input, Frame environment)
    {
        var arguments = new List<object?>(Arguments.Count);
        var holes = new List<bool>(Arguments.Count);
        foreach (var argument in Arguments)
        {
            var isHole = argument is PlaceholderNode;
            holes.Add(isHole);
            arguments.Add(isHole ? null : Evaluator.Evaluate(argument, input, environment));
        }

        var procedure = Evaluator.Evaluate(Procedure, input, environment);
        var name = Procedure switch
        {
            VariableNode variable => variable.Name,
            PathNode { Steps: [NameNode step] } => step.Name,
            _ => null,
        };
        if (procedure is null && Procedure is PathNode && name is not null && environment.Lookup(name) is not null)
        {
            throw JsonataErrors.Create("T1007", Position, name);
        }

        return procedure switch
        {
            LambdaFunction lambda => lambda.PartiallyApply(arguments, holes),
            JsonataFunction function => new PartialFunction(function, arguments, holes),
            _ => throw JsonataErrors.Create("T1008", Position, name),
        };
    }
}
