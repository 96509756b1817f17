using System.Text.Json.Nodes;
using ActivityAware.Local.Asl.Intrinsics;
using ActivityAware.Local.Asl.JsonPath;

namespace ActivityAware.Local.Asl.Definition;

/// <summary>
/// A Parameters / ResultSelector / ItemSelector template: keys ending in <c>.$</c> take the value of a path
/// (<c>$</c> input, <c>$$</c> context) or an intrinsic function; everything else is copied. Compiled at load.
/// </summary>
public sealed class PayloadTemplate
{
    private readonly JsonNode? _template;
    private readonly Dictionary<string, object> _compiled = new(StringComparer.Ordinal);
    private int _paths;
    private bool _onlyInputParts = true;
    private long _templateBytes;

    private PayloadTemplate(JsonNode? template) => _template = template;

    /// <summary>Compiles the template; throws <see cref="FormatException"/> naming the key whose path or function is invalid.</summary>
    public static PayloadTemplate Compile(JsonNode? template)
    {
        var result = new PayloadTemplate(template?.DeepClone());
        result.CompileNode(result._template);
        result._templateBytes = AslJson.SizeInBytes(result._template);
        return result;
    }

    /// <summary>
    /// What the evaluated template's JSON cannot exceed when its paths read an input of at most <paramref name="inputSizeBound"/> bytes:
    /// its own text (each <c>"k.$":"path"</c> is longer than the <c>"k":</c> it becomes) plus one input per path. Null when a value comes
    /// from an intrinsic function, the context object, or a path that may select several nodes.
    /// </summary>
    public long? SizeBound(int inputSizeBound) => _onlyInputParts ? _templateBytes + (long)_paths * inputSizeBound : null;

    public JsonNode? Evaluate(EvaluationScope scope) => EvaluateNode(_template, scope);

    private void CompileNode(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj)
                {
                    if (key.EndsWith(".$", StringComparison.Ordinal))
                    {
                        if (!AslJson.TryGetString(value, out var text))
                            throw new FormatException($"the value of '{key}' must be a string holding a path or an intrinsic function");
                        var expression = CompileExpression(key, text);
                        _compiled[text] = expression;
                        _paths++;
                        _onlyInputParts &= expression is JsonPathExpression { IsContext: false, IsReferencePath: true };
                    }
                    else
                    {
                        CompileNode(value);
                    }
                }
                break;
            case JsonArray array:
                foreach (var item in array)
                    CompileNode(item);
                break;
        }
    }

    private static object CompileExpression(string key, string text)
    {
        try
        {
            if (IntrinsicExpression.LooksLikeCall(text))
                return IntrinsicExpression.Parse(text);
            return JsonPathExpression.Parse(text);
        }
        catch (FormatException e)
        {
            throw new FormatException($"'{key}': {e.Message}", e);
        }
    }

    private JsonNode? EvaluateNode(JsonNode? node, EvaluationScope scope)
    {
        switch (node)
        {
            case JsonObject obj:
                var result = new JsonObject();
                foreach (var (key, value) in obj)
                {
                    if (key.EndsWith(".$", StringComparison.Ordinal))
                        result[key[..^2]] = EvaluateExpression(key, _compiled[value!.GetValue<string>()], scope);
                    else
                        result[key] = EvaluateNode(value, scope);
                }
                return result;
            case JsonArray array:
                return new JsonArray(array.Select(item => EvaluateNode(item, scope)).ToArray());
            default:
                return AslJson.Clone(node);
        }
    }

    private static JsonNode? EvaluateExpression(string key, object expression, EvaluationScope scope)
    {
        if (expression is IntrinsicExpression call)
            return call.Evaluate(scope);
        var path = (JsonPathExpression)expression;
        if (!scope.TryResolve(path, out var value))
            throw new StatesErrorException(StatesErrorNames.Runtime,
                $"The JSONPath '{path.Text}' specified for the field '{key}' could not be found in the input '{AslJson.Serialize(scope.RootFor(path))}'");
        return value;
    }
}
