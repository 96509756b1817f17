namespace ActivityAware.Local.Replay;

/// <summary>Progress of a run, shown on a terminal only.</summary>
public interface IReplayProgress
{
    void SourceStarted(string name);

    /// <param name="totalRecords">Records read so far; it may grow by more than one between calls.</param>
    void RecordRead(long totalRecords);
}
