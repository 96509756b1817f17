using ActivityAware.Core.Json;
using ActivityAware.Core.Pipeline;
using ActivityAware.Core.Rendering;
using ActivityAware.Core.Routing;
using ActivityAware.Functions.Hosting;

namespace ActivityAware.Functions;

/// <summary>"Choose destinations": <c>EnrichOutput</c> (enrichment possibly missing) → <c>RouteOutput</c> with one rendered item per destination.</summary>
public sealed class ChooseDestinationsFunction(RouteChooser chooser, StepLog log)
{
    public ChooseDestinationsFunction() : this(
        new RouteChooser(RoutingSettings.FromEnvironment(FunctionEnvironment.Process), new DeliveryMessageRenderer()),
        StepLog.FromEnvironment(FunctionEnvironment.Process, nameof(ChooseDestinationsFunction))) { }

    public async Task<Stream> Handle(Stream input)
    {
        var enriched = await FunctionsJson.ReadAsync(input, CoreJsonContext.Default.EnrichOutput);
        var output = chooser.Choose(enriched);
        log.Info("routed", enriched.Alert.Event.EventId, LeadRule.IdOf(enriched.Alert), string.Join("; ", output.Destinations.Select(d => $"{d.Name}: {d.RouteReason}")));
        return FunctionsJson.Write(output, CoreJsonContext.Default.RouteOutput);
    }
}
