using System.Text.Json;
using ActivityAware.Core.Normalization;
using ActivityAware.Core.Rules;

namespace ActivityAware.Core.Pipeline;

/// <summary>"Normalize event": find the CloudTrail record in any input shape, evaluate the rules on it, and build the alert when one matched.</summary>
public sealed class NormalizeStep(IRuleEngine rules, EventNormalizer normalizer)
{
    public NormalizeOutput Run(JsonElement input)
    {
        using var unwrapped = CloudTrailEnvelope.Unwrap(input);
        if (!unwrapped.Success) throw new UnsupportedEventShapeException($"input is not a CloudTrail event: {unwrapped.Error}");

        var matches = rules.Evaluate(unwrapped.Record);
        var normalized = normalizer.Normalize(unwrapped.Record);
        if (matches.Count == 0)
            return new NormalizeOutput(false, null, $"no rule matched {normalized.EventSource} {normalized.EventName} (event {normalized.EventId})");
        return new NormalizeOutput(true, AlertCandidateFactory.Create(normalized, matches), null);
    }
}
