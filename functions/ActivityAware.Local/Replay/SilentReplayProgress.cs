namespace ActivityAware.Local.Replay;

/// <summary>No progress display: output is redirected or machine-read.</summary>
public sealed class SilentReplayProgress : IReplayProgress
{
    public static SilentReplayProgress Instance { get; } = new();

    public void SourceStarted(string name) { }

    public void RecordRead(long totalRecords) { }
}
