using System.Text.Json.Nodes;
using ActivityAware.Local.Asl.Jsonata;

namespace ActivityAware.Local.Tests.Asl.Jsonata;

/// <summary>Evaluates expressions for the JSONata tests: JSON text in, JSON text (or "undefined") out.</summary>
internal static class JsonataRunner
{
    public const string Undefined = "undefined";

    public static string Run(string expression, string? input = null, string? bindings = null, TimeProvider? clock = null)
    {
        var parsed = JsonataExpression.Parse(expression);
        var variables = bindings is null
            ? new Dictionary<string, JsonNode?>()
            : JsonNode.Parse(bindings)!.AsObject().ToDictionary(pair => pair.Key, pair => pair.Value?.DeepClone());
        var context = new JsonataBindings(variables, clock);
        var defined = input is null
            ? parsed.TryEvaluate(context, out var result)
            : parsed.TryEvaluate(JsonNode.Parse(input), context, out result);
        return defined ? result?.ToJsonString() ?? "null" : Undefined;
    }

    public static string RunOn(string expression, string datasetName) => Run(expression, Datasets.Load(datasetName));

    /// <summary>Asserts the result equals the expected JSON (structurally: key order and number spelling aside).</summary>
    public static void AssertResult(string expected, string expression, string? input = null, string? bindings = null)
    {
        var actual = Run(expression, input, bindings);
        AssertJsonEqual(expected, actual, expression);
    }

    public static void AssertJsonEqual(string expected, string actual, string expression)
    {
        if (expected == Undefined || actual == Undefined)
        {
            Assert.True(expected == actual, $"{expression}: expected {expected}, got {actual}");
            return;
        }

        var equal = JsonNode.DeepEquals(JsonNode.Parse(expected), JsonNode.Parse(actual));
        Assert.True(equal, $"{expression}: expected {expected}, got {actual}");
    }

    public static JsonataException Error(string expression, string? input = null, string? bindings = null) =>
        Assert.Throws<JsonataException>(() => Run(expression, input, bindings));

    /// <summary>
    /// One reference case: input is "" (none), a dataset name, or JSON text; expected is JSON text,
    /// "undefined", or "error:CODE:message".
    /// </summary>
    public static void AssertCase(string expression, string input, string expected)
    {
        var document = input.Length == 0 ? null : input.TrimStart()[0] is '{' or '[' or '"' or '-' || char.IsDigit(input.TrimStart()[0]) || input is "true" or "false" or "null"
            ? input
            : Datasets.Load(input);
        if (expected.StartsWith("error:", StringComparison.Ordinal))
        {
            var error = Assert.Throws<JsonataException>(() => Run(expression, document));
            var actual = "error:" + error.Code + ":" + error.Message;
            Assert.True(expected == actual, $"{expression}: expected {expected}, got {actual}");
            return;
        }

        AssertJsonEqual(expected, Run(expression, document), expression);
    }
}
