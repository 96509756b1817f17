using System.Text.Json.Nodes;

namespace ActivityAware.Local.Asl.JsonPath;

/// <summary>
/// A function at the end of a path, as Jayway JsonPath (which AWS uses) evaluates it: <c>$.items.length()</c> counts an
/// array's items (or an object's members); <c>min() max() avg() sum() stddev()</c> aggregate the numbers of an array and,
/// like Java doubles, always print with a fraction (<c>6.0</c>).
/// </summary>
internal static class PathFunction
{
    public static readonly IReadOnlyList<string> Names = ["length", "min", "max", "avg", "sum", "stddev"];

    /// <summary>Splits <c>$.a.length()</c> into <c>$.a</c> and <c>length</c>; null when the text ends in no known function.</summary>
    public static (string Path, string Function)? Split(string text)
    {
        foreach (var name in Names)
        {
            var suffix = "." + name + "()";
            if (text.EndsWith(suffix, StringComparison.Ordinal) && text.Length > suffix.Length)
                return (text[..^suffix.Length], name);
        }
        return null;
    }

    /// <summary>Applies <paramref name="function"/> to the selected value; false when it does not apply to it.</summary>
    public static bool TryApply(string function, JsonNode? value, out JsonNode? result)
    {
        result = null;
        if (function == "length")
        {
            if (value is JsonArray array)
                result = array.Count;
            else if (value is JsonObject obj)
                result = obj.Count;
            return result is not null;
        }
        var numbers = (value as JsonArray)?.Select(n => AslJson.TryGetNumber(n, out var d) ? (double?)(double)d : null)
            .Where(d => d is not null).Select(d => d!.Value).ToList();
        if (numbers is not { Count: > 0 })
            return false;
        var mean = numbers.Average();
        var aggregate = function switch
        {
            "min" => numbers.Min(),
            "max" => numbers.Max(),
            "avg" => mean,
            "sum" => numbers.Sum(),
            _ => Math.Sqrt(numbers.Sum(n => (n - mean) * (n - mean)) / numbers.Count),
        };
        var asDecimal = (decimal)aggregate;
        result = JsonValue.Create(asDecimal == decimal.Truncate(asDecimal) ? decimal.Round(asDecimal, 0) + 0.0m : asDecimal);
        return true;
    }
}
