namespace ActivityAware.Local.Workflow;

/// <summary>
/// The clock the dedupe step reads during a replay: the time of the event being replayed, so windows and bursts over historical logs
/// come out as they would have in AWS, where an event reaches the workflow moments after it happens. Replay runs one event at a time.
/// </summary>
public sealed class EventTimeClock(TimeProvider fallback) : TimeProvider
{
    private DateTimeOffset? _eventTime;

    public void Set(DateTimeOffset? eventTime) => _eventTime = eventTime;

    public override DateTimeOffset GetUtcNow() => _eventTime ?? fallback.GetUtcNow();
}
