namespace ActivityAware.Local.Asl.Execution;

/// <summary>Receives each history event as it happens; calls are serialized even when Map iterations run concurrently.</summary>
public interface IExecutionObserver
{
    void OnEvent(ExecutionEvent executionEvent);
}
