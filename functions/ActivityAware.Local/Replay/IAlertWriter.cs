namespace ActivityAware.Local.Replay;

/// <summary>Where replay puts its alerts (text blocks or JSON Lines), one call per alert as they are found.</summary>
public interface IAlertWriter : IAsyncDisposable
{
    ValueTask WriteAsync(ReplayAlert alert, CancellationToken cancellationToken);
}
