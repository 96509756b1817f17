using System.Text.Json;
using System.Text.Json.Nodes;
using Xunit.Sdk;

namespace ActivityAware.StateMachine.Tests.Differential;

/// <summary>
/// Compares an outcome with an expectation object {status, output, error, cause, statesEntered}: output JSON-equal,
/// absent fields must be absent in the outcome too. <c>causeNotCompared</c> (a reason) skips the cause where AWS's exact
/// wording is not something an emulator can promise. The failure message shows both sides in full.
/// </summary>
public static class OutcomeAssert
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>Both engines gave every state entered the same input (JSON-equal), in canonical order.</summary>
    public static void SameStateInputs(ExecutionOutcome fromMoto, ExecutionOutcome fromLocal, DifferentialCase testCase)
    {
        var pairs = fromMoto.Entered.Zip(fromLocal.Entered);
        foreach (var (moto, local) in pairs)
        {
            if (moto.Label != local.Label || !JsonNode.DeepEquals(moto.Input, local.Input))
                throw new XunitException(
                    $"case {testCase.Name}: state {moto.Label} entered with different input\n  moto:  {moto.Input?.ToJsonString()}\n" +
                    $"  local interpreter ({local.Label}): {local.Input?.ToJsonString()}");
        }
    }

    public static void Matches(JsonObject expected, ExecutionOutcome actual, string engine, DifferentialCase testCase)
    {
        var actualJson = actual.ToJson();
        var problems = new List<string>();
        foreach (var field in new[] { "status", "output", "error", "cause", "statesEntered" })
        {
            if (field == "cause" && expected["causeNotCompared"] is not null) continue;
            if (!JsonNode.DeepEquals(expected[field], actualJson[field]))
                problems.Add($"{field}: expected {expected[field]?.ToJsonString() ?? "(absent)"}, got {actualJson[field]?.ToJsonString() ?? "(absent)"}");
        }
        if (testCase.IterationsRunInOrder && !actual.StatesEnteredAsRun.SequenceEqual(actual.StatesEntered))
            problems.Add($"iterations interleaved although the case says they run in order: {string.Join(" | ", actual.StatesEnteredAsRun)}");
        if (problems.Count > 0)
            throw new XunitException(
                $"{engine} differs from case {testCase.Name} ({testCase.Description}):\n  {string.Join("\n  ", problems)}\n" +
                $"{engine} outcome:\n{actualJson.ToJsonString(Indented)}");
    }
}
