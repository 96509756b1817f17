namespace ActivityAware.Core.Routing;

/// <summary>
/// The routing used when no routing file is given: one destination per configured setting (Slack, PagerDuty and webhook secret parameters;
/// email when both sender and recipients are set), all on the default route. With nothing configured: one webhook destination named
/// <see cref="UnconfiguredName"/> without a secret parameter, which every delivery step answers with a dry run, so the alert is shown, never faked as sent.
/// </summary>
public static class DefaultRouting
{
    public const string UnconfiguredName = "unconfigured";

    public static RoutingConfig From(string? slackSecretParameter, string? pagerDutySecretParameter, string? webhookSecretParameter, string? emailFrom, IReadOnlyList<string> emailTo)
    {
        var destinations = new List<DestinationConfig>();
        if (!string.IsNullOrWhiteSpace(slackSecretParameter))
            destinations.Add(new DestinationConfig { Name = "slack", Type = DestinationTypes.Slack, SecretParameter = slackSecretParameter });
        if (!string.IsNullOrWhiteSpace(emailFrom) && emailTo.Count > 0)
            destinations.Add(new DestinationConfig { Name = "email", Type = DestinationTypes.Email, To = emailTo });
        if (!string.IsNullOrWhiteSpace(pagerDutySecretParameter))
            destinations.Add(new DestinationConfig { Name = "pagerduty", Type = DestinationTypes.PagerDuty, SecretParameter = pagerDutySecretParameter });
        if (!string.IsNullOrWhiteSpace(webhookSecretParameter))
            destinations.Add(new DestinationConfig { Name = "webhook", Type = DestinationTypes.Webhook, SecretParameter = webhookSecretParameter });
        if (destinations.Count == 0)
            destinations.Add(new DestinationConfig { Name = UnconfiguredName, Type = DestinationTypes.Webhook });
        return new RoutingConfig(destinations, destinations.Select(d => d.Name).ToList());
    }

    /// <summary>Email recipients from one setting: addresses separated by commas.</summary>
    public static IReadOnlyList<string> SplitAddresses(string? addresses) =>
        (addresses ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
