using System.Text.Json;
using ActivityAware.Core.Json;
using ActivityAware.Core.Pipeline;
using ActivityAware.Core.Routing;

namespace ActivityAware.Core.Rendering;

/// <summary>Renders the message of one delivery item for its destination type.</summary>
public sealed class DeliveryMessageRenderer
{
    private readonly SlackMessageRenderer _slack = new();
    private readonly EmailMessageRenderer _email = new();
    private readonly PagerDutyEventRenderer _pagerDuty = new();
    private readonly WebhookMessageRenderer _webhook = new();

    public string Render(DestinationConfig destination, EnrichOutput input) => destination.Type switch
    {
        DestinationTypes.Slack => _slack.Render(input),
        DestinationTypes.Email => JsonSerializer.Serialize(_email.Render(input, destination.To), CoreJsonContext.Default.EmailDocument),
        DestinationTypes.PagerDuty => _pagerDuty.Render(input),
        DestinationTypes.Webhook => _webhook.Render(input),
        _ => throw new ArgumentException($"destination '{destination.Name}' has unknown type '{destination.Type}'", nameof(destination)),
    };
}
