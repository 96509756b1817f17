using ActivityAware.Aws.Http;
using ActivityAware.Core.Routing;
using ActivityAware.Functions.Hosting;

namespace ActivityAware.Functions;

/// <summary>"Send to Webhook": <c>DeliveryItem</c> → <c>DeliveryResult</c>, an HTTP POST to the URL held by the item's SSM parameter (dry run without one).</summary>
public sealed class SendToWebhookFunction(HttpDestinationSender sender, StepLog log)
{
    public SendToWebhookFunction() : this(
        new HttpDestinationSender(DeliveryClients.Poster(), DeliveryClients.Secrets()),
        StepLog.FromEnvironment(FunctionEnvironment.Process, nameof(SendToWebhookFunction))) { }

    public Task<Stream> Handle(Stream input) => DeliveryHandler.HandleAsync(input, log, item => sender.SendAsync(item, DestinationTypes.Webhook));
}
