using System.Text.Json.Nodes;
using ActivityAware.Aws.StepFunctions;

namespace ActivityAware.StateMachine.Tests.Differential;

/// <summary>
/// States entered, with their Map iteration, from a GetExecutionHistory event list. Each event's previousEventId points
/// at the event before it in the same iteration, so an iteration is the chain back to its MapIterationStarted event;
/// MapIteration{Succeeded,Failed,Aborted} hand control back to the enclosing frame.
/// moto 5.2.1 gives a Map's MapStateEntered previousEventId 0; an event whose predecessor is unknown takes the frame of
/// the event just before it in id order.
/// </summary>
public static class HistoryStateEntries
{
    public static IReadOnlyList<StateEntry> Read(IReadOnlyList<HistoryEvent> history)
    {
        var frames = new Dictionary<long, string>();
        var entries = new List<StateEntry>();
        var lastFrame = "";
        foreach (var e in history.OrderBy(e => e.Id))
        {
            var parent = frames.TryGetValue(e.PreviousEventId, out var known) ? known : lastFrame;
            var frame = e.Type switch
            {
                "MapIterationStarted" => $"{OutsideIterationsOf(parent, e.StateName)}{e.StateName}[{e.IterationIndex}]/",
                "MapIterationSucceeded" or "MapIterationFailed" or "MapIterationAborted" or "MapStateExited" => OutsideIterationsOf(parent, e.StateName),
                _ => parent,
            };
            frames[e.Id] = frame;
            lastFrame = frame;
            if (e.IsStateEntered)
                entries.Add(new StateEntry(frame, e.StateName ?? throw new InvalidDataException($"history event {e.Id} ({e.Type}) has no state name"),
                    e.Input is null ? null : JsonNode.Parse(e.Input)));
        }
        return entries;
    }

    private static string OutsideIterationsOf(string frame, string? mapName)
    {
        var iterationOf = $"{mapName}[";
        while (frame.Length > 0)
        {
            var cut = frame.LastIndexOf('/', frame.Length - 2) + 1;
            if (!frame.AsSpan(cut).StartsWith(iterationOf, StringComparison.Ordinal)) break;
            frame = frame[..cut];
        }
        return frame;
    }
}
