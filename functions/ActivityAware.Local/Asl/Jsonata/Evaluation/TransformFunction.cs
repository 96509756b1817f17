using ActivityAware.Local.Asl.Jsonata.Ast;
using ActivityAware.Local.Asl.Jsonata.Functions;
using ActivityAware.Local.Asl.Jsonata.Values;

namespace ActivityAware.Local.Asl.Jsonata.Evaluation;

/// <summary>The function a transform expression gives: copies its argument with $clone, then updates and deletes members of the matches.</summary>
internal sealed class TransformFunction : JsonataFunction
{
    private static readonly FunctionSignature TransformSignature = FunctionSignature.Parse("<(oa):o>");

    private readonly TransformNode transform;
    private readonly Frame environment;

    public TransformFunction(TransformNode transform, Frame environment)
    {
        this.transform = transform;
        this.environment = environment;
    }

    public override int Arity => 1;

    internal override FunctionSignature Signature => TransformSignature;

    internal override object? Invoke(IReadOnlyList<object?> arguments, object? input, Frame callerEnvironment)
    {
        var target = arguments.Count > 0 ? arguments[0] : null;
        if (target is null)
        {
            return null;
        }

        if (environment.Lookup("clone") is not JsonataFunction clone)
        {
            throw JsonataErrors.Create("T2013", transform.Position);
        }

        var result = FunctionApplier.Apply(clone, [target], null, environment);
        var matches = Evaluator.Evaluate(transform.Pattern, result, environment);
        if (matches is null)
        {
            return result;
        }

        foreach (var match in matches as JsonataArray ?? [matches])
        {
            Update(match);
            Delete(match);
        }

        return result;
    }

    private void Update(object? match)
    {
        var update = Evaluator.Evaluate(transform.Update, match, environment);
        if (update is null)
        {
            return;
        }

        if (update is not JsonataObject members)
        {
            throw JsonataErrors.Create("T2011", transform.Update.Position, value: update);
        }

        if (match is JsonataObject target)
        {
            foreach (var (key, value) in members)
            {
                target[key] = value;
            }
        }
    }

    private void Delete(object? match)
    {
        if (transform.Delete is null)
        {
            return;
        }

        var deletions = Evaluator.Evaluate(transform.Delete, match, environment);
        if (deletions is null)
        {
            return;
        }

        var names = deletions as JsonataArray ?? [deletions];
        if (!JsonataValues.IsArrayOfStrings(names))
        {
            throw JsonataErrors.Create("T2012", transform.Delete.Position, value: deletions);
        }

        if (match is JsonataObject target)
        {
            foreach (var name in names)
            {
                target.Remove((string)name!);
            }
        }
    }
}
