using ActivityAware.Core.CloudTrail.Reading;

namespace ActivityAware.Local.Replay;

/// <summary>
/// What replay does with one record: <see cref="Workflow.WorkflowReplayPipeline"/> runs it through the state machine as AWS would.
/// Readers, writers and the summary do not depend on how.
/// </summary>
public interface IReplayPipeline
{
    /// <param name="record">The CloudTrail record as UTF-8 JSON (already out of any envelope), where it was read, and the reader's screen if it passed it.</param>
    ValueTask<ReplayOutcome> ProcessAsync(RawRecord record, CancellationToken cancellationToken);
}
