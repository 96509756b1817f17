using ActivityAware.Core.Delivery;
using ActivityAware.Core.Routing;
using ActivityAware.Functions.Hosting;
using ActivityAware.Functions.Tests.Support;

namespace ActivityAware.Functions.Tests;

public sealed class SendEmailFunctionTests
{
    [Fact]
    public async Task Handle_EmailItem_SentFromConfiguredSender()
    {
        var sender = new RecordingEmailSender();
        var function = new SendEmailFunction(new EmailDeliveryStep(sender, "alerts@example.com"), StepLog.Silent);
        var item = DeliveryItems.For(DestinationTypes.Email, null, ["sec@example.com"]);

        var result = Payload.Read(await function.Handle(Payload.Of(item, Payload.Contracts.DeliveryItem)), Payload.Contracts.DeliveryResult);

        Assert.Equal(("sent", "message id msg-1"), (result.Status, result.Detail));
        var (from, email) = Assert.Single(sender.Sent);
        Assert.Equal("alerts@example.com", from);
        Assert.Equal(["sec@example.com"], email.To);
        Assert.StartsWith("[Activity Aware] [MEDIUM] Access denied", email.Subject);
    }

    [Fact]
    public async Task Handle_NoRecipients_DryRunNothingSent()
    {
        var sender = new RecordingEmailSender();
        var function = new SendEmailFunction(new EmailDeliveryStep(sender, "alerts@example.com"), StepLog.Silent);

        var result = Payload.Read(await function.Handle(Payload.Of(DeliveryItems.For(DestinationTypes.Email, null), Payload.Contracts.DeliveryItem)), Payload.Contracts.DeliveryResult);

        Assert.Equal("dry-run", result.Status);
        Assert.Empty(sender.Sent);
    }

    [Fact]
    public async Task Handle_MessageNotAnEmailDocument_ConfigurationError()
    {
        var function = new SendEmailFunction(new EmailDeliveryStep(new RecordingEmailSender(), "alerts@example.com"), StepLog.Silent);
        var item = DeliveryItems.For(DestinationTypes.Email, null, ["a@example.com"]) with { Message = "not json" };
        await Assert.ThrowsAsync<DestinationConfigurationException>(() => function.Handle(Payload.Of(item, Payload.Contracts.DeliveryItem)));
    }
}
