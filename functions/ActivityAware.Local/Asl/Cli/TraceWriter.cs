using ActivityAware.Local.Asl.Execution;

namespace ActivityAware.Local.Asl.Cli;

/// <summary>Writes each execution event as one JSON line (asl run --trace writes to stderr).</summary>
public sealed class TraceWriter(TextWriter writer) : IExecutionObserver
{
    public void OnEvent(ExecutionEvent executionEvent) => writer.WriteLine(AslJson.Serialize(executionEvent.ToJson()));
}
