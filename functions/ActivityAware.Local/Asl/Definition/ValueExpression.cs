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

    /// <summary>The selected value; a path that selects nothing is States.Runtime, worded as for InputPath and OutputPath.</summary>
    public JsonNode? Evaluate(EvaluationScope scope, string field)
    {
        if (_call is not null)
            return _call.Evaluate(scope);
        if (!scope.TryResolve(_path!, out var value))
            throw new StatesErrorException(StatesErrorNames.Runtime, $"Invalid path '{Text}' : No results for path: {_path!.NormalizedText}");
        return value;
    }

    /// <summary>
    /// The integer a count field (<c>MaxConcurrencyPath</c>, <c>ToleratedFailureCountPath</c>, <c>TimeoutSecondsPath</c>, <c>SecondsPath</c>, …)
    /// selects: a JSON integer or a string holding one, at least <paramref name="minimum"/>. Anything else is States.Runtime, worded
    /// as LocalStack's AWS-validated interpreter words it: <c>The MaxConcurrencyPath field refers to value "x" which is not a valid
    /// integer: $.path</c>; a value below the minimum gets <paramref name="belowMinimum"/>'s cause. A string holding an integer counts only
    /// where <paramref name="allowString"/> (Map's MaxConcurrencyPath and ToleratedFailureCountPath, which LocalStack parses so).
    /// </summary>
    public long EvaluateInteger(EvaluationScope scope, string field, long minimum, Func<long, string> belowMinimum, bool allowString = false)
    {
        var value = Evaluate(scope, field);
        var isString = AslJson.TryGetString(value, out var text);
        if (!AslJson.TryGetInteger(value, out var n)
            && !(allowString && isString
                 && long.TryParse(text, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out n)))
        {
            var shown = isString ? text : AslJson.Serialize(value);
            throw new StatesErrorException(StatesErrorNames.Runtime, $"The {field} field refers to value \"{shown}\" which is not a valid integer: {Text}");
        }
        return n >= minimum ? n : throw new StatesErrorException(StatesErrorNames.Runtime, belowMinimum(n));
    }
}
