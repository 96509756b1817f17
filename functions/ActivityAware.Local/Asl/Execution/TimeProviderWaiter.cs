namespace ActivityAware.Local.Asl.Execution;

/// <summary>Waits for real on the given clock (a FakeTimeProvider waits until advanced).</summary>
public sealed class TimeProviderWaiter(TimeProvider time) : IWaiter
{
    public Task WaitAsync(TimeSpan delay, CancellationToken cancellationToken) =>
        delay <= TimeSpan.Zero ? Task.CompletedTask : Task.Delay(delay, time, cancellationToken);
}
