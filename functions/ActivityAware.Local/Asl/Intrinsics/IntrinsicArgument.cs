using System.Text.Json.Nodes;
using ActivityAware.Local.Asl.JsonPath;

namespace ActivityAware.Local.Asl.Intrinsics;

/// <summary>An argument of an intrinsic function call: a literal, a path, or a nested call.</summary>
internal abstract class IntrinsicArgument
{
    public abstract JsonNode? Evaluate(EvaluationScope scope);
}

internal sealed class LiteralArgument(JsonNode? value, string? rawString) : IntrinsicArgument
{
    /// <summary>The string literal as written, escapes kept (States.Format needs to tell <c>\{</c> from <c>{</c>).</summary>
    public string? RawString { get; } = rawString;

    public override JsonNode? Evaluate(EvaluationScope scope) => AslJson.Clone(value);
}

internal sealed class PathArgument(JsonPathExpression path) : IntrinsicArgument
{
    public override JsonNode? Evaluate(EvaluationScope scope)
    {
        if (!scope.TryResolve(path, out var value))
            throw new StatesErrorException(StatesErrorNames.Runtime,
                $"The JsonPath argument for the field '{path.Text}' could not be found in the input '{AslJson.Serialize(scope.RootFor(path))}'");
        return value;
    }
}

internal sealed class CallArgument(IntrinsicExpression call) : IntrinsicArgument
{
    public override JsonNode? Evaluate(EvaluationScope scope) => call.Evaluate(scope);
}
