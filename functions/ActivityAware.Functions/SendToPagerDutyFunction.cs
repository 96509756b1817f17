using ActivityAware.Aws.Http;
using ActivityAware.Functions.Hosting;

namespace ActivityAware.Functions;

/// <summary>"Send to PagerDuty": <c>DeliveryItem</c> → <c>DeliveryResult</c>, an Events API v2 trigger with the routing key from the item's SSM parameter (dry run without one).</summary>
public sealed class SendToPagerDutyFunction(PagerDutySender sender, StepLog log)
{
    public SendToPagerDutyFunction() : this(
        new PagerDutySender(DeliveryClients.Poster(), DeliveryClients.Secrets(),
            FunctionEnvironment.Process.Optional(SettingNames.PagerDutyEndpoint) is { } url ? new Uri(url) : PagerDutySender.DefaultEndpoint),
        StepLog.FromEnvironment(FunctionEnvironment.Process, nameof(SendToPagerDutyFunction))) { }

    public Task<Stream> Handle(Stream input) => DeliveryHandler.HandleAsync(input, log, item => sender.SendAsync(item));
}
