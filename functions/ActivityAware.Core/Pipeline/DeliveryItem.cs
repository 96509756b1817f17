namespace ActivityAware.Core.Pipeline;

/// <summary>One destination of one alert with its message already rendered; an item of the "Deliver to each destination" Map.</summary>
/// <param name="Type">slack | email | pagerduty | webhook — the Choice inside the Map reads <c>$.type</c>.</param>
/// <param name="SecretParameter">SSM SecureString parameter name holding the webhook URL / routing key; null for email or a local dry run.</param>
/// <param name="Message">The payload to send, rendered and escaped for the destination type (JSON text for Slack/PagerDuty/webhook; an email document for SES).</param>
/// <param name="RouteReason">Which route chose this destination and why.</param>
public sealed record DeliveryItem(
    string Name,
    string Type,
    string? SecretParameter,
    string AlertKey,
    string EventId,
    string RuleId,
    string Severity,
    string Message,
    string RouteReason);
