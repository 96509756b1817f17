using ActivityAware.Core.Json;
using ActivityAware.Core.Pipeline;

namespace ActivityAware.Functions.Hosting;

/// <summary>
/// The body every delivery step shares: read the item, send it, log the outcome, write the result. A failure is logged and rethrown
/// unchanged, so its class name reaches the state machine's Retry and Catch.
/// </summary>
public static class DeliveryHandler
{
    public static async Task<Stream> HandleAsync(Stream input, StepLog log, Func<DeliveryItem, Task<DeliveryResult>> send)
    {
        var item = await FunctionsJson.ReadAsync(input, CoreJsonContext.Default.DeliveryItem);
        try
        {
            var result = await send(item);
            var detail = result.HttpStatus is { } status ? $"destination={item.Name} httpStatus={status}" : $"destination={item.Name}";
            log.Info(result.Status, item.EventId, item.RuleId, detail);
            return FunctionsJson.Write(result, CoreJsonContext.Default.DeliveryResult);
        }
        catch (Exception e) when (log.Failed(e, item.EventId, item.RuleId))
        {
            throw;
        }
    }
}
