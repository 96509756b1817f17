using ActivityAware.Aws.Http;
using ActivityAware.Core.Json;
using ActivityAware.Core.Routing;
using ActivityAware.Functions.Hosting;

namespace ActivityAware.Functions;

/// <summary>"Send to Slack": <c>DeliveryItem</c> → <c>DeliveryResult</c>, an HTTP POST to the URL held by the item's SSM parameter (dry run without one).</summary>
public sealed class SendToSlackFunction(HttpDestinationSender sender, StepLog log)
{
    public SendToSlackFunction() : this(
        new HttpDestinationSender(DeliveryClients.Poster(), DeliveryClients.Secrets()),
        StepLog.FromEnvironment(FunctionEnvironment.Process, nameof(SendToSlackFunction))) { }

    public async Task<Stream> Handle(Stream input)
    {
        var item = await FunctionsJson.ReadAsync(input, CoreJsonContext.Default.DeliveryItem);
        try
        {
            var result = await sender.SendAsync(item, DestinationTypes.Slack);
            log.Info(result.Status, item.EventId, item.RuleId, $"destination={item.Name} httpStatus={result.HttpStatus}");
            return FunctionsJson.Write(result, CoreJsonContext.Default.DeliveryResult);
        }
        catch (Exception e) when (log.Failed(e, item.EventId, item.RuleId))
        {
            throw;
        }
    }
}
