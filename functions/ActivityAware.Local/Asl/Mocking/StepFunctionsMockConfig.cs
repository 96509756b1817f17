using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ActivityAware.Local.Asl.Tasks;

namespace ActivityAware.Local.Asl.Mocking;

/// <summary>
/// A Step Functions Local mock config: <c>StateMachines.&lt;name&gt;.TestCases.&lt;case&gt;: {state: mock}</c> and
/// <c>MockedResponses.&lt;mock&gt;.&lt;attempt or from-to&gt;: {Return: …} | {Throw: {Error, Cause}}</c>.
/// </summary>
public sealed class StepFunctionsMockConfig
{
    private readonly JsonObject _root;
    private readonly string _source;

    private StepFunctionsMockConfig(JsonObject root, string source)
    {
        _root = root;
        _source = source;
    }

    public static StepFunctionsMockConfig LoadFile(string path) => Parse(File.ReadAllText(path), path);

    public static StepFunctionsMockConfig Parse(string json, string source)
    {
        try
        {
            return JsonNode.Parse(json) is JsonObject root
                ? new StepFunctionsMockConfig(root, source)
                : throw new MockConfigException($"{source}: a mock config must be a JSON object");
        }
        catch (JsonException e)
        {
            throw new MockConfigException($"{source}: not valid JSON: {e.Message}", e);
        }
    }

    /// <summary>The mocks of <paramref name="testCase"/> of <paramref name="stateMachineName"/>, every referenced response validated.</summary>
    public MockConfigTaskMocker TestCase(string stateMachineName, string testCase)
    {
        var machines = _root["StateMachines"] as JsonObject ?? throw Error("StateMachines", "is missing or not an object");
        var machine = machines[stateMachineName] as JsonObject
            ?? throw Error($"StateMachines.{stateMachineName}", $"not found; the file defines {Names(machines)}");
        var cases = machine["TestCases"] as JsonObject ?? throw Error($"StateMachines.{stateMachineName}.TestCases", "is missing or not an object");
        var mapping = cases[testCase] as JsonObject
            ?? throw Error($"StateMachines.{stateMachineName}.TestCases.{testCase}", $"not found; the file defines {Names(cases)}");
        var responses = _root["MockedResponses"] as JsonObject ?? throw Error("MockedResponses", "is missing or not an object");
        var states = new Dictionary<string, MockedStateResponses>(StringComparer.Ordinal);
        foreach (var (state, mockName) in mapping)
        {
            var name = AslJson.TryGetString(mockName, out var n) ? n : throw Error($"StateMachines.{stateMachineName}.TestCases.{testCase}.{state}", "must be the name of a mocked response");
            var mock = responses[name] as JsonObject ?? throw Error($"MockedResponses.{name}", $"is not defined (used by state '{state}')");
            states[state] = ParseResponses(mock, $"MockedResponses.{name}");
        }
        return new MockConfigTaskMocker(states);
    }

    private MockedStateResponses ParseResponses(JsonObject mock, string where)
    {
        var ranges = new List<(int, int, TaskMockResponse)>();
        foreach (var (key, value) in mock)
        {
            var parts = key.Split('-');
            if (parts.Length is not (1 or 2) || !parts.All(p => int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out _)))
                throw Error($"{where}.{key}", "must be an attempt number (\"0\") or a range (\"1-3\")");
            var from = int.Parse(parts[0], CultureInfo.InvariantCulture);
            var to = int.Parse(parts[^1], CultureInfo.InvariantCulture);
            if (to < from)
                throw Error($"{where}.{key}", "the range ends before it starts");
            ranges.Add((from, to, ParseResponse(value, $"{where}.{key}")));
        }
        return new MockedStateResponses(ranges);
    }

    private TaskMockResponse ParseResponse(JsonNode? value, string where)
    {
        if (value is not JsonObject response || response.Count != 1 || !(response.ContainsKey("Return") || response.ContainsKey("Throw")))
            throw Error(where, "must be an object with exactly one of Return or Throw");
        if (response.TryGetPropertyValue("Return", out var returned))
            return new TaskMockResponse(false, returned?.DeepClone(), null, null);
        var thrown = response["Throw"] as JsonObject ?? throw Error($"{where}.Throw", "must be an object with Error and Cause");
        var error = AslJson.TryGetString(thrown["Error"], out var e) ? e : throw Error($"{where}.Throw.Error", "must be a string");
        string? cause = AslJson.TryGetString(thrown["Cause"], out var c) ? c : null;
        return new TaskMockResponse(true, null, error, cause);
    }

    private static string Names(JsonObject obj) => obj.Count == 0 ? "none" : string.Join(", ", obj.Select(p => $"'{p.Key}'"));

    private MockConfigException Error(string key, string what) => new($"{_source}: {key} {what}");
}
