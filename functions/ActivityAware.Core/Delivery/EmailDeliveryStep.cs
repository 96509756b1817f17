using System.Text.Json;
using ActivityAware.Core.Json;
using ActivityAware.Core.Pipeline;
using ActivityAware.Core.Rendering;
using ActivityAware.Core.Routing;

namespace ActivityAware.Core.Delivery;

/// <summary>
/// "Send email": reads the rendered email document of the item and sends it from the configured sender. A document without recipients
/// (no email destination configured) is a dry run.
/// </summary>
public sealed class EmailDeliveryStep(IEmailSender sender, string from)
{
    public async Task<DeliveryResult> RunAsync(DeliveryItem item, CancellationToken cancellationToken = default)
    {
        DeliveryResults.RequireType(item, DestinationTypes.Email);
        EmailDocument? email;
        try { email = JsonSerializer.Deserialize(item.Message, CoreJsonContext.Default.EmailDocument); }
        catch (JsonException e) { throw new DestinationConfigurationException($"email item '{item.Name}' does not carry an email document: {e.Message}", e); }
        if (email is null) throw new DestinationConfigurationException($"email item '{item.Name}' carries a null message");
        if (email.To.Count == 0) return DeliveryResults.DryRunOf(item, "no recipients configured");

        var messageId = await sender.SendAsync(from, email, cancellationToken);
        return DeliveryResults.SentOk(item, null, $"message id {messageId}");
    }
}
