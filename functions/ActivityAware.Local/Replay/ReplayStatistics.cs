using ActivityAware.Core.Rules;

namespace ActivityAware.Local.Replay;

/// <summary>Counts of one replay run, for the summary and the exit code.</summary>
public sealed class ReplayStatistics
{
    private readonly SortedDictionary<(string RuleId, Severity Severity), int> _alertsByRule = new();
    private readonly SortedDictionary<string, int> _skippedByReason = new(StringComparer.Ordinal);

    public int Files { get; set; }
    public int FilesSkipped { get; private set; }
    public int FilesFailed { get; set; }
    public long RecordsRead { get; set; }
    public long RecordsFailed { get; set; }
    public long Alerts { get; set; }
    public TimeSpan Elapsed { get; set; }

    public IReadOnlyDictionary<(string RuleId, Severity Severity), int> AlertsByRule => _alertsByRule;

    public IReadOnlyDictionary<string, int> SkippedByReason => _skippedByReason;

    public bool HasFailures => FilesFailed > 0 || RecordsFailed > 0;

    public double RecordsPerSecond => Elapsed.TotalSeconds > 0 ? RecordsRead / Elapsed.TotalSeconds : 0;

    public void CountSkipped(string reason)
    {
        FilesSkipped++;
        _skippedByReason[reason] = _skippedByReason.GetValueOrDefault(reason) + 1;
    }

    public void CountAlert(ReplayAlert alert)
    {
        Alerts++;
        foreach (var match in alert.Candidate.Matches)
        {
            var key = (match.RuleId, match.Severity);
            _alertsByRule[key] = _alertsByRule.GetValueOrDefault(key) + 1;
        }
    }
}
