using ActivityAware.Core.Enrichment;
using ActivityAware.Core.Pipeline;
using ActivityAware.Functions.Hosting;
using ActivityAware.Functions.Tests.Support;
using ActivityAware.Testing.Alerts;

namespace ActivityAware.Functions.Tests;

public sealed class EnrichFunctionTests
{
    [Fact]
    public async Task Handle_DeniedCall_AddsEventOnlyEnrichment()
    {
        var alert = AccessDeniedRecordBuilder.AccessDenied().Alert();
        var input = new DedupeOutput(alert, new DedupeDecision(alert.AlertKey, false, 3, false));

        var output = Payload.Read(await new EnrichFunction(PrincipalEnricher.EventOnly(), StepLog.Silent).Handle(Payload.Of(input, Payload.Contracts.DedupeOutput)), Payload.Contracts.EnrichOutput);

        Assert.Equal(input.Dedupe, output.Dedupe);
        Assert.Equal("no-identity-policy", output.Enrichment!.DenialReason);
        Assert.Equal("event-only", output.Enrichment.Source);
        Assert.Null(output.EnrichmentError);
    }
}
