using ActivityAware.Aws.Http;
using ActivityAware.Core.Json;
using ActivityAware.Functions.Hosting;

namespace ActivityAware.Functions;

/// <summary>"Send to PagerDuty": <c>DeliveryItem</c> → <c>DeliveryResult</c>, an Events API v2 trigger with the routing key from the item's SSM parameter (dry run without one).</summary>
public sealed class SendToPagerDutyFunction(PagerDutySender sender, StepLog log)
{
    public SendToPagerDutyFunction() : this(
        new PagerDutySender(DeliveryClients.Poster(), DeliveryClients.Secrets(),
            FunctionEnvironment.Process.Optional(SettingNames.PagerDutyEndpoint) is { } url ? new Uri(url) : PagerDutySender.DefaultEndpoint),
        StepLog.FromEnvironment(FunctionEnvironment.Process, nameof(SendToPagerDutyFunction))) { }

    public async Task<Stream> Handle(Stream input)
    {
        var item = await FunctionsJson.ReadAsync(input, CoreJsonContext.Default.DeliveryItem);
        try
        {
            var result = await sender.SendAsync(item);
            log.Info(result.Status, item.EventId, item.RuleId, $"destination={item.Name} httpStatus={result.HttpStatus}");
            return FunctionsJson.Write(result, CoreJsonContext.Default.DeliveryResult);
        }
        catch (Exception e) when (log.Failed(e, item.EventId, item.RuleId))
        {
            throw;
        }
    }
}
