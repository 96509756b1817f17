namespace ActivityAware.StateMachine.Tests.Differential;

/// <summary>
/// Puts states entered into canonical order: each frame's own entries in the order they happened, and right after a
/// Map state's entry, its iterations by item index. Concurrent iterations interleave differently from run to run (and
/// from engine to engine); within one iteration and at top level the order is fixed by the definition.
/// </summary>
public static class StateEntryOrder
{
    public static IReadOnlyList<StateEntry> Canonical(IReadOnlyList<StateEntry> entries)
    {
        var result = new List<StateEntry>();
        Emit("", entries, result);
        return result;
    }

    private static void Emit(string frame, IReadOnlyList<StateEntry> entries, List<StateEntry> result)
    {
        foreach (var entry in entries.Where(e => e.Frame == frame))
        {
            result.Add(entry);
            var iterationPrefix = entry.Label + "[";
            var iterations = entries
                .Select(e => e.Frame)
                .Where(f => f.StartsWith(iterationPrefix, StringComparison.Ordinal) && f.IndexOf('/', iterationPrefix.Length) == f.Length - 1)
                .Distinct()
                .OrderBy(f => int.Parse(f.AsSpan(iterationPrefix.Length, f.IndexOf(']', iterationPrefix.Length) - iterationPrefix.Length)));
            foreach (var iteration in iterations)
                Emit(iteration, entries, result);
        }
    }
}
