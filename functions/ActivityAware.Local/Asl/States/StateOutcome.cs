using System.Text.Json.Nodes;

namespace ActivityAware.Local.Asl.States;

/// <summary>A state's output and the state to go to next (null: the graph ends).</summary>
internal sealed record StateOutcome(JsonNode? Output, string? Next);
