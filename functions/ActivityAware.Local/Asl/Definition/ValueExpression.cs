using System.Text.Json.Nodes;
using ActivityAware.Local.Asl.Intrinsics;
using ActivityAware.Local.Asl.JsonPath;

namespace ActivityAware.Local.Asl.Definition;

/// <summary>A field whose value is a path or an intrinsic function (ErrorPath, CausePath, SecondsPath, …).</summary>
public sealed class ValueExpression
{
    private readonly JsonPathExpression? _path;
    private readonly IntrinsicExpression? _call;

    private ValueExpression(string text, JsonPathExpression? path, IntrinsicExpression? call)
    {
        Text = text;
        _path = path;
        _call = call;
    }

    public string Text { get; }

    /// <summary>The intrinsic function's name when the expression is a call (<c>States.Format</c>), else null.</summary>
    public string? FunctionName => _call?.Name;

    /// <summary>Parses a reference path, or (when <paramref name="allowIntrinsic"/>) an intrinsic call; throws <see cref="FormatException"/>.</summary>
    public static ValueExpression Parse(string text, bool allowIntrinsic)
    {
        if (allowIntrinsic && IntrinsicExpression.LooksLikeCall(text))
            return new ValueExpression(text, null, IntrinsicExpression.Parse(text));
        var path = JsonPathExpression.Parse(text);
        if (!path.IsReferencePath)
            throw new FormatException($"'{text}' must be a reference path (field names and indices only)");
        return new ValueExpression(text, path, null);
    }

    public JsonNode? Evaluate(EvaluationScope scope, string field)
    {
        if (_call is not null)
            return _call.Evaluate(scope);
        if (!scope.TryResolve(_path!, out var value))
            throw new StatesErrorException(StatesErrorNames.Runtime,
                $"Invalid path '{Text}' for the field '{field}': no results in the input '{AslJson.Serialize(scope.RootFor(_path!))}'");
        return value;
    }
}
