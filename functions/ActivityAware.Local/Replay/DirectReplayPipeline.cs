using System.Text.Json;
using ActivityAware.Core.CloudTrail.Reading;
using ActivityAware.Core.Normalization;
using ActivityAware.Core.Pipeline;
using ActivityAware.Core.Rules;

namespace ActivityAware.Local.Replay;

/// <summary>Runs a record straight through the core: normalize, evaluate the rules, build the alert. No state machine, no deduplication.</summary>
public sealed class DirectReplayPipeline(EventNormalizer normalizer, IRuleEngine rules) : IReplayPipeline
{
    public ValueTask<ReplayOutcome> ProcessAsync(ReadOnlyMemory<byte> record, RecordLocation location, CancellationToken cancellationToken)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(record);
        }
        catch (JsonException e)
        {
            return ValueTask.FromResult(ReplayOutcome.Failed($"the record is not valid JSON: {e.Message}"));
        }

        using (document)
        {
            var matches = rules.Evaluate(document.RootElement);
            if (matches.Count == 0) return ValueTask.FromResult(ReplayOutcome.NoAlert);
            var candidate = AlertCandidateFactory.Create(normalizer.Normalize(document.RootElement), matches);
            return ValueTask.FromResult(ReplayOutcome.Alerted(new ReplayAlert(candidate, location)));
        }
    }
}
