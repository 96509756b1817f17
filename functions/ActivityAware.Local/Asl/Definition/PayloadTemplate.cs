using System.Text.Json.Nodes;
using ActivityAware.Local.Asl.Intrinsics;
using ActivityAware.Local.Asl.JsonPath;

namespace ActivityAware.Local.Asl.Definition;

/// <summary>
/// A Parameters / ResultSelector / ItemSelector template: keys ending in <c>.$</c> take the value of a path
/// (<c>$</c> input, <c>$$</c> context, <c>$name</c> variable) or an intrinsic function; everything else is copied. Compiled at load.
/// </summary>
public sealed class PayloadTemplate
{
    private readonly JsonNode? _template;
    private Func<EvaluationScope, JsonNode?> _evaluate = _ => null;
    private int _paths;
    private bool _onlyInputParts = true;
    private long _templateBytes;

    private PayloadTemplate(JsonNode? template) => _template = template;

    /// <summary>Compiles the template; throws <see cref="FormatException"/> naming the key whose path or function is invalid.</summary>
    public static PayloadTemplate Compile(JsonNode? template)
    {
        var result = new PayloadTemplate(template?.DeepClone());
        result._evaluate = result.CompileNode(result._template);
        result._templateBytes = AslJson.SizeInBytes(result._template);
        return result;
    }

    /// <summary>
    /// What the evaluated template's JSON cannot exceed when its paths read an input of at most <paramref name="inputSizeBound"/> bytes:
    /// its own text (each <c>"k.$":"path"</c> is longer than the <c>"k":</c> it becomes) plus one input per path. Null when a value comes
    /// from an intrinsic function, the context object, or a path that may select several nodes.
    /// </summary>
    public long? SizeBound(int inputSizeBound) => _onlyInputParts ? _templateBytes + (long)_paths * inputSizeBound : null;

    public JsonNode? Evaluate(EvaluationScope scope) => _evaluate(scope);

    /// <summary>Compiles a template node into what builds its value: objects and arrays anew, literals copied, paths and calls evaluated.</summary>
    private Func<EvaluationScope, JsonNode?> CompileNode(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                var members = new List<(string Name, Func<EvaluationScope, JsonNode?> Value)>();
                var names = new HashSet<string>(StringComparer.Ordinal);
                foreach (var (key, value) in obj)
                {
                    var name = key.EndsWith(".$", StringComparison.Ordinal) ? key[..^2] : key;
                    if (!names.Add(name))
                        throw new FormatException($"'{key}' gives the field '{name}' a second time; field names must be unique once '.$' is stripped");
                    if (key.EndsWith(".$", StringComparison.Ordinal))
                    {
                        if (!AslJson.TryGetString(value, out var text))
                            throw new FormatException($"the value of '{key}' must be a string holding a path or an intrinsic function");
                        var expression = CompileExpression(key, text);
                        _paths++;
                        _onlyInputParts &= expression is JsonPathExpression { ReadsInput: true, IsReferencePath: true };
                        members.Add((key[..^2], scope => EvaluateExpression(key, expression, scope)));
                    }
                    else
                    {
                        members.Add((key, CompileNode(value)));
                    }
                }
                return scope =>
                {
                    var result = new JsonObject();
                    foreach (var (name, value) in members)
                        result[name] = value(scope);
                    return result;
                };
            case JsonArray array:
                var items = array.Select(CompileNode).ToArray();
                return scope => new JsonArray(items.Select(item => item(scope)).ToArray());
            default:
                return _ => AslJson.Clone(node);
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

    private static JsonNode? EvaluateExpression(string key, object expression, EvaluationScope scope)
    {
        if (expression is IntrinsicExpression call)
            return call.Evaluate(scope);
        var path = (JsonPathExpression)expression;
        // The spec names this States.ParameterPathFailure; AWS (and Step Functions Local) fail the execution with States.Runtime, which no
        // Retry or Catch handles, and the interpreter follows AWS.
        if (!scope.TryResolve(path, out var value))
            throw new StatesErrorException(StatesErrorNames.Runtime,
                $"The JSONPath '{path.Text}' specified for the field '{key}' could not be found in the input '{AslJson.Serialize(scope.RootFor(path))}'");
        return value;
    }
}
