using System.Text.Json.Nodes;

namespace ActivityAware.StateMachine.Tests.Differential;

/// <summary>
/// One state entered: <see cref="Frame"/> is "" at top level, "Map[2]/" inside item 2 of Map, and so on;
/// <see cref="Input"/> is the state's raw input as the history records it.
/// </summary>
public sealed record StateEntry(string Frame, string StateName, JsonNode? Input)
{
    public string Label => Frame + StateName;
}
