namespace ActivityAware.Functions.Hosting;

/// <summary>The environment variables the handlers read (the template sets them).</summary>
public static class SettingNames
{
    public const string LogLevel = "ACTIVITY_AWARE_LOG_LEVEL";
    public const string DedupeTable = "ACTIVITY_AWARE_DEDUPE_TABLE";
    public const string DedupeWindowMinutes = "ACTIVITY_AWARE_DEDUPE_WINDOW_MINUTES";
    public const string SlackSecretParameter = "ACTIVITY_AWARE_SLACK_SECRET_PARAMETER";
    public const string PagerDutySecretParameter = "ACTIVITY_AWARE_PAGERDUTY_SECRET_PARAMETER";
    public const string WebhookSecretParameter = "ACTIVITY_AWARE_WEBHOOK_SECRET_PARAMETER";
    public const string EmailFrom = "ACTIVITY_AWARE_EMAIL_FROM";
    public const string EmailTo = "ACTIVITY_AWARE_EMAIL_TO";
    public const string RoutingFile = "ACTIVITY_AWARE_ROUTING_FILE";
    /// <summary>Optional; the Events API v2 URL (default https://events.pagerduty.com/v2/enqueue).</summary>
    public const string PagerDutyEndpoint = "ACTIVITY_AWARE_PAGERDUTY_ENDPOINT";
    /// <summary>Optional; a folder of the users' rule files packaged with the functions (default: <c>rules</c> beside the handler assembly, if present).</summary>
    public const string RulesDirectory = "ACTIVITY_AWARE_RULES_DIR";
    public const string AwsRegion = "AWS_REGION";
    /// <summary>The stack's account: IAM is read only for its users and roles.</summary>
    public const string AccountId = "ACTIVITY_AWARE_ACCOUNT_ID";
}
