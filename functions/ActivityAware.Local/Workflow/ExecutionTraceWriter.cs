using ActivityAware.Core.CloudTrail.Reading;
using ActivityAware.Local.Asl.Execution;

namespace ActivityAware.Local.Workflow;

/// <summary><c>replay --trace</c>: the path each execution took, state by state, with each state's input and output as compact JSON.</summary>
public sealed class ExecutionTraceWriter(TextWriter writer)
{
    public void Write(RecordLocation location, ExecutionResult result)
    {
        var path = string.Join(" → ", result.StatesEntered.Select(s => s.Name));
        writer.WriteLine($"trace {location}: {result.Status}: {path}");
        foreach (var e in result.Events)
        {
            var at = e.Scope.Length > 0 ? $"{e.Scope} / {e.StateName}" : e.StateName;
            if (e.Type.EndsWith("StateEntered", StringComparison.Ordinal))
                writer.WriteLine($"  → {at} input: {e.Input?.ToJsonString() ?? "null"}");
            else if (e.Type.EndsWith("StateExited", StringComparison.Ordinal))
                writer.WriteLine($"  ← {at} output: {e.Output?.ToJsonString() ?? "null"}");
            else if (e.Error is not null)
                writer.WriteLine($"  ✗ {e.Type} {at}: {e.Error}: {e.Cause}");
        }
    }
}
