using System.Text.Json.Nodes;

namespace ActivityAware.Local.Asl.Execution;

/// <summary>The outcome of one execution: output or error/cause, the states entered in order, and the full event history.</summary>
public sealed record ExecutionResult(
    ExecutionStatus Status,
    JsonNode? Output,
    string? Error,
    string? Cause,
    IReadOnlyList<EnteredState> StatesEntered,
    IReadOnlyList<ExecutionEvent> Events)
{
    public bool Succeeded => Status == ExecutionStatus.Succeeded;

    /// <summary>Names of the states entered, in order (nested states included; see <see cref="EnteredState.Scope"/>).</summary>
    public IReadOnlyList<string> StateNames => StatesEntered.Select(s => s.Name).ToList();

    /// <summary><c>{"error": …, "cause": …}</c>, the failure shape <c>asl run</c> prints.</summary>
    public JsonObject ErrorJson() => new() { ["error"] = Error, ["cause"] = Cause };
}
