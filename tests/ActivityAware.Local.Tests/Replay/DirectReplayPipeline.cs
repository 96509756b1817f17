using System.Text.Json;
using ActivityAware.Core.CloudTrail.Reading;
using ActivityAware.Core.Normalization;
using ActivityAware.Core.Pipeline;
using ActivityAware.Core.Rules;
using ActivityAware.Local.Replay;

namespace ActivityAware.Local.Tests.Replay;

/// <summary>A pipeline for the runner's own tests: a record straight through the core (normalize, rules, alert), no state machine, no deduplication.</summary>
internal sealed class DirectReplayPipeline(EventNormalizer normalizer, IRuleEngine rules) : IReplayPipeline
{
    public ValueTask<ReplayOutcome> ProcessAsync(RawRecord record, CancellationToken cancellationToken)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(record.Json);
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
            return ValueTask.FromResult(ReplayOutcome.Alerted(new ReplayAlert(candidate, record.Location)));
        }
    }
}
