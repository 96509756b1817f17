using ActivityAware.Local.Asl.Jsonata.Evaluation;
using ActivityAware.Local.Asl.Jsonata.Values;

namespace ActivityAware.Local.Asl.Jsonata.Ast;

/// <summary><c>procedure(arg, …)</c>: arguments evaluated eagerly, then the function applied.</summary>
internal sealed class FunctionCallNode : Node
{
    public FunctionCallNode(Node procedure, IReadOnlyList<Node> arguments, int position)
        : base(position)
    {
        Procedure = procedure;
        Arguments = arguments;
    }

    public Node Procedure { get; }

    public IReadOnlyList<Node> Arguments { get; }

    /// <summary>The name errors report: the variable or bare name the call was made through.</summary>
    public string? ProcedureName => Procedure switch
    {
        VariableNode variable => variable.Name,
        PathNode { Steps: [NameNode name] } => name.Name,
        _ => null,
    };

    public override object? EvaluateCore(object? input, Frame environment) => Invoke(input, environment, applyTo: null, hasApplyTo: false);

    /// <summary>The call, optionally with a first argument supplied by <c>~&gt;</c>.</summary>
    public object? Invoke(object? input, Frame environment, object? applyTo, bool hasApplyTo)
    {
        var procedure = Evaluator.Evaluate(Procedure, input, environment);
        if (procedure is null && Procedure is PathNode { Steps: [NameNode name] } && environment.Lookup(name.Name) is not null)
        {
            throw JsonataErrors.Create("T1005", Position, name.Name);
        }

        var arguments = new List<object?>(Arguments.Count + 1);
        if (hasApplyTo)
        {
            arguments.Add(applyTo);
        }

        foreach (var argument in Arguments)
        {
            arguments.Add(Evaluator.Evaluate(argument, input, environment));
        }

        try
        {
            return FunctionApplier.Apply(procedure, arguments, input, environment);
        }
        catch (JsonataException error) when (error.Locate(Position, ProcedureName))
        {
            throw;
        }
    }
}
