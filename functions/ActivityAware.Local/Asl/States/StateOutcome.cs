using System.Text.Json.Nodes;

namespace ActivityAware.Local.Asl.States;

/// <summary>
/// A state's output and the state to go to next (null: the graph ends). What the runner knows of the output's size lets the graph skip
/// measuring it again: <see cref="OutputSizeBound"/> when it is part of something already measured (a task's result: its size),
/// <see cref="OutputPartOfInput"/> when it is part of the state's input; a part's JSON is a substring of the whole's, so never longer.
/// </summary>
internal sealed record StateOutcome(JsonNode? Output, string? Next, int? OutputSizeBound = null, bool OutputPartOfInput = false);
