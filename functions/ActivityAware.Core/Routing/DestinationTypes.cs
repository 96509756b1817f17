namespace ActivityAware.Core.Routing;

/// <summary>The destination types; the state machine's Choice inside the Map switches on these exact strings.</summary>
public static class DestinationTypes
{
    public const string Slack = "slack";
    public const string Email = "email";
    public const string PagerDuty = "pagerduty";
    public const string Webhook = "webhook";

    public static readonly IReadOnlyList<string> All = [Slack, Email, PagerDuty, Webhook];
}
