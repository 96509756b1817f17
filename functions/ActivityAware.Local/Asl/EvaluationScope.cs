using System.Text.Json.Nodes;
using ActivityAware.Local.Asl.JsonPath;

namespace ActivityAware.Local.Asl;

/// <summary>What a path or intrinsic function can read: the state's input (<c>$</c>) and the context object (<c>$$</c>).</summary>
public sealed record EvaluationScope(JsonNode? Input, JsonNode? Context, Random Random)
{
    public bool TryResolve(JsonPathExpression path, out JsonNode? value) =>
        path.TrySelect(path.IsContext ? Context : Input, out value);

    public JsonNode? RootFor(JsonPathExpression path) => path.IsContext ? Context : Input;
}
