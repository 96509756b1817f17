namespace ActivityAware.Local.Asl.Execution;

/// <summary>Every wait of an execution (Retry backoff, Wait states) goes through here, so tests record delays instead of sleeping.</summary>
public interface IWaiter
{
    Task WaitAsync(TimeSpan delay, CancellationToken cancellationToken);
}
