using ActivityAware.Aws.Ses;
using ActivityAware.Aws.Signing;
using ActivityAware.Core.Delivery;
using ActivityAware.Core.Json;
using ActivityAware.Functions.Hosting;

namespace ActivityAware.Functions;

/// <summary>"Send email": <c>DeliveryItem</c> (message = rendered email document) → <c>DeliveryResult</c>, through SES v2 from ACTIVITY_AWARE_EMAIL_FROM.</summary>
public sealed class SendEmailFunction(EmailDeliveryStep step, StepLog log)
{
    public SendEmailFunction() : this(FunctionEnvironment.Process) { }

    private SendEmailFunction(FunctionEnvironment environment) : this(
        new EmailDeliveryStep(
            new SesV2EmailClient(
                SigV4HttpClientFactory.Create("ses", environment.Required(SettingNames.AwsRegion, "the AWS region"), timeout: DeliveryClients.HttpTimeout),
                SigV4HttpClientFactory.Endpoint("SESV2", "email", environment.Required(SettingNames.AwsRegion, "the AWS region"), environment.Optional)),
            environment.Required(SettingNames.EmailFrom, "the verified SES sender address")),
        StepLog.FromEnvironment(environment, nameof(SendEmailFunction))) { }

    public async Task<Stream> Handle(Stream input)
    {
        var item = await FunctionsJson.ReadAsync(input, CoreJsonContext.Default.DeliveryItem);
        try
        {
            var result = await step.RunAsync(item);
            log.Info(result.Status, item.EventId, item.RuleId, $"destination={item.Name}");
            return FunctionsJson.Write(result, CoreJsonContext.Default.DeliveryResult);
        }
        catch (Exception e) when (log.Failed(e, item.EventId, item.RuleId))
        {
            throw;
        }
    }
}
