using System.Text.Json.Nodes;

namespace ActivityAware.StateMachine.Tests.Differential;

/// <summary>
/// What an engine did with one case: final status, output (JSON) or error and cause, and the states entered.
/// <see cref="Entered"/> is canonical (<see cref="StateEntryOrder"/>): a Map's iterations follow its entry, by item index,
/// each in its own order, so it does not depend on how concurrent iterations interleaved; <see cref="EnteredAsRun"/> is
/// the order they were entered in. Labels inside an iteration read "Map state[index]/State".
/// </summary>
public sealed record ExecutionOutcome(
    string Status,
    JsonNode? Output,
    string? Error,
    string? Cause,
    IReadOnlyList<StateEntry> EnteredAsRun)
{
    public IReadOnlyList<StateEntry> Entered { get; } = StateEntryOrder.Canonical(EnteredAsRun);

    public IReadOnlyList<string> StatesEntered => [.. Entered.Select(e => e.Label)];

    public IReadOnlyList<string> StatesEnteredAsRun => [.. EnteredAsRun.Select(e => e.Label)];

    public JsonObject ToJson() => new()
    {
        ["status"] = Status,
        ["output"] = Output?.DeepClone(),
        ["error"] = Error,
        ["cause"] = Cause,
        ["statesEntered"] = new JsonArray([.. StatesEntered.Select(s => (JsonNode?)JsonValue.Create(s))]),
    };
}
