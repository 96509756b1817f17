using ActivityAware.Core.CloudTrail.Reading;

namespace ActivityAware.Local.Replay;

/// <summary>
/// What replay does with one record. Today <see cref="DirectReplayPipeline"/> (normalizer + rule engine); the Step Functions
/// interpreter running the ASL definition takes its place without changing readers, writers or the summary.
/// </summary>
public interface IReplayPipeline
{
    /// <param name="record">The CloudTrail record as UTF-8 JSON (already out of any envelope).</param>
    /// <param name="location">Where the record was read, for messages.</param>
    ValueTask<ReplayOutcome> ProcessAsync(ReadOnlyMemory<byte> record, RecordLocation location, CancellationToken cancellationToken);
}
