using ActivityAware.Core.Enrichment;
using ActivityAware.Core.Json;
using ActivityAware.Core.Pipeline;
using ActivityAware.Functions.Hosting;

namespace ActivityAware.Functions;

/// <summary>"Enrich principal": <c>DedupeOutput</c> → <c>EnrichOutput</c>, from the event alone. On failure the state machine's Catch adds <c>enrichmentError</c> and goes on.</summary>
public sealed class EnrichFunction(EventEnricher enricher, StepLog log)
{
    public EnrichFunction() : this(new EventEnricher(), StepLog.FromEnvironment(FunctionEnvironment.Process, nameof(EnrichFunction))) { }

    public async Task<Stream> Handle(Stream input)
    {
        var deduped = await FunctionsJson.ReadAsync(input, CoreJsonContext.Default.DedupeOutput);
        var enrichment = enricher.Enrich(deduped.Alert);
        log.Info("enriched", deduped.Alert.Event.EventId, LeadRule.IdOf(deduped.Alert), $"source={enrichment.Source} denialReason={enrichment.DenialReason}");
        return FunctionsJson.Write(new EnrichOutput(deduped.Alert, deduped.Dedupe, enrichment, null), CoreJsonContext.Default.EnrichOutput);
    }
}
