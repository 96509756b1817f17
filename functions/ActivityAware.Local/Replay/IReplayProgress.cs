namespace ActivityAware.Local.Replay;

/// <summary>Progress of a run, shown on a terminal only.</summary>
public interface IReplayProgress
{
    void SourceStarted(string name);

    void RecordRead(long totalRecords);
}
