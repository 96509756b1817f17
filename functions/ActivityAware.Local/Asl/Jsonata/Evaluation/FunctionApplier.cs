using ActivityAware.Local.Asl.Jsonata.Ast;
using ActivityAware.Local.Asl.Jsonata.Functions;
using ActivityAware.Local.Asl.Jsonata.Values;

namespace ActivityAware.Local.Asl.Jsonata.Evaluation;

/// <summary>
/// Applies a function value: checks the arguments against its signature, runs it, and keeps running tail-call
/// thunks it returns (a trampoline), so tail-recursive lambdas run in constant stack depth.
/// </summary>
internal static class FunctionApplier
{
    public static object? Apply(object? procedure, IReadOnlyList<object?> arguments, object? input, Frame environment)
    {
        var result = ApplyOnce(procedure, arguments, input, environment);
        while (result is LambdaFunction { IsThunk: true } thunk)
        {
            var call = (FunctionCallNode)thunk.Body;
            var next = Evaluator.Evaluate(call.Procedure, thunk.Input, thunk.Environment);
            var nextArguments = new List<object?>(call.Arguments.Count);
            foreach (var argument in call.Arguments)
            {
                nextArguments.Add(Evaluator.Evaluate(argument, thunk.Input, thunk.Environment));
            }

            try
            {
                result = ApplyOnce(next, nextArguments, input, environment);
            }
            catch (JsonataException error) when (error.Locate(call.Position, call.ProcedureName))
            {
                throw;
            }
        }

        return result;
    }

    private static object? ApplyOnce(object? procedure, IReadOnlyList<object?> arguments, object? input, Frame environment)
    {
        if (procedure is not JsonataFunction function)
        {
            throw JsonataErrors.Create("T1006");
        }

        IReadOnlyList<object?> validated;
        try
        {
            validated = function.Signature?.Validate(arguments, input) ?? arguments;
        }
        catch (JsonataException error) when (function is NativeFunction native && error.Locate(null, native.Name))
        {
            throw;
        }

        return function.Invoke(validated, input, environment);
    }
}
