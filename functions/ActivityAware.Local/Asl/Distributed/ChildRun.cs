using System.Text.Json.Nodes;

namespace ActivityAware.Local.Asl.Distributed;

/// <summary>What a Distributed Map's child workflow execution was started with and how it ended, as ResultWriter reports it.</summary>
internal sealed record ChildRun(string Name, string ExecutionArn, string StateMachineArn, JsonNode? Input, DateTimeOffset Start)
{
    public JsonNode? Output { get; set; }
    public string? Error { get; set; }
    public string? Cause { get; set; }
    public DateTimeOffset Stop { get; set; }
    public bool Succeeded => Error is null;
}
