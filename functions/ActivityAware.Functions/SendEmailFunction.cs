using ActivityAware.Aws.Ses;
using ActivityAware.Aws.Signing;
using ActivityAware.Core.Delivery;
using ActivityAware.Functions.Hosting;

namespace ActivityAware.Functions;

/// <summary>"Send email": <c>DeliveryItem</c> (message = rendered email document) → <c>DeliveryResult</c>, through SES v2 from ACTIVITY_AWARE_EMAIL_FROM.</summary>
public sealed class SendEmailFunction(EmailDeliveryStep step, StepLog log)
{
    public SendEmailFunction() : this(Step(FunctionEnvironment.Process), StepLog.FromEnvironment(FunctionEnvironment.Process, nameof(SendEmailFunction))) { }

    private static EmailDeliveryStep Step(FunctionEnvironment environment)
    {
        var from = environment.Required(SettingNames.EmailFrom, "the verified SES sender address");
        var region = environment.Required(SettingNames.AwsRegion, "the AWS region");
        var client = new SesV2EmailClient(
            SigV4HttpClientFactory.Create("ses", region, timeout: DeliveryClients.HttpTimeout),
            SigV4HttpClientFactory.Endpoint("SESV2", "email", region, environment.Optional));
        return new EmailDeliveryStep(client, from);
    }

    public Task<Stream> Handle(Stream input) => DeliveryHandler.HandleAsync(input, log, item => step.RunAsync(item));
}
