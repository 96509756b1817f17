namespace ActivityAware.Benchmarks;

/// <summary>What one pipeline run saw, so runs can be compared and the work cannot be optimised away.</summary>
public sealed class PipelineCounts
{
    public long Records { get; set; }
    public long Normalized { get; set; }
    public long Matches { get; set; }

    public override string ToString() => $"records={Records} normalized={Normalized} matches={Matches}";
}
