using ActivityAware.Aws.Http;
using ActivityAware.Core.Routing;
using ActivityAware.Functions.Hosting;

namespace ActivityAware.Functions;

/// <summary>"Send to Slack": <c>DeliveryItem</c> → <c>DeliveryResult</c>, an HTTP POST to the URL held by the item's SSM parameter (dry run without one).</summary>
public sealed class SendToSlackFunction(HttpDestinationSender sender, StepLog log)
{
    public SendToSlackFunction() : this(
        new HttpDestinationSender(DeliveryClients.Poster(), DeliveryClients.Secrets()),
        StepLog.FromEnvironment(FunctionEnvironment.Process, nameof(SendToSlackFunction))) { }

    public Task<Stream> Handle(Stream input) => DeliveryHandler.HandleAsync(input, log, item => sender.SendAsync(item, DestinationTypes.Slack));
}
