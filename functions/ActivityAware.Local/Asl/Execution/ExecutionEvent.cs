using System.Text.Json.Nodes;

namespace ActivityAware.Local.Asl.Execution;

/// <summary>
/// One history event, named as in Step Functions history: ExecutionStarted, TaskStateEntered, TaskScheduled, TaskSucceeded,
/// TaskFailed, TaskStateExited, MapIterationStarted, MapIterationSucceeded, ExecutionSucceeded, ExecutionFailed, …
/// <see cref="Scope"/> locates nested states: "" at the top, <c>Deliver[2]</c> in Map iteration 2, <c>Fan.Branches[1]</c> in a branch.
/// </summary>
public record ExecutionEvent(
    long Id,
    string Type,
    DateTimeOffset Timestamp,
    string Scope,
    string? StateName = null,
    JsonNode? Input = null,
    JsonNode? Output = null,
    int? Index = null,
    string? Error = null,
    string? Cause = null,
    string? Resource = null,
    string? Location = null)
{
    /// <summary>On a state's exit: each variable the state assigned and its value (null: none; see <see cref="VariablesAssignedEvent"/>).</summary>
    public virtual JsonObject? AssignedVariables => null;

    public JsonObject ToJson()
    {
        var json = new JsonObject { ["id"] = Id, ["type"] = Type, ["timestamp"] = Timestamp.ToString("O", System.Globalization.CultureInfo.InvariantCulture) };
        if (Scope.Length > 0)
            json["scope"] = Scope;
        if (StateName is not null)
            json["name"] = StateName;
        if (Index is not null)
            json["index"] = Index;
        if (Resource is not null)
            json["resource"] = Resource;
        if (Input is not null || Type.EndsWith("Entered", StringComparison.Ordinal) || Type == "ExecutionStarted")
            json["input"] = AslJson.Clone(Input);
        if (Output is not null || Type.EndsWith("Exited", StringComparison.Ordinal) || Type == "ExecutionSucceeded")
            json["output"] = AslJson.Clone(Output);
        if (AssignedVariables is { } assignedVariables)
        {
            // As in Step Functions history (StateExitedEventDetails.assignedVariables): each value as its serialized JSON.
            var assigned = new JsonObject();
            foreach (var (name, value) in assignedVariables)
                assigned[name] = AslJson.Serialize(value);
            json["assignedVariables"] = assigned;
        }
        if (Error is not null)
            json["error"] = Error;
        if (Cause is not null)
            json["cause"] = Cause;
        if (Location is not null)
            json["location"] = Location;
        return json;
    }
}
