using ActivityAware.Local.Asl.Execution;

namespace ActivityAware.Local.Asl.Cli;

/// <summary>Returns at once from every wait and remembers what was asked (asl run --skip-waits, tests).</summary>
public sealed class SkippingWaiter : IWaiter
{
    private readonly List<TimeSpan> _delays = [];

    public IReadOnlyList<TimeSpan> Delays
    {
        get { lock (_delays) return _delays.ToList(); }
    }

    public Task WaitAsync(TimeSpan delay, CancellationToken cancellationToken)
    {
        lock (_delays)
            _delays.Add(delay);
        return Task.CompletedTask;
    }
}
