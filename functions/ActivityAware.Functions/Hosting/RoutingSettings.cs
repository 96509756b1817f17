using ActivityAware.Core.Routing;

namespace ActivityAware.Functions.Hosting;

/// <summary>The routing of "Choose destinations": the routing file when ACTIVITY_AWARE_ROUTING_FILE is set, else one destination per configured setting.</summary>
public static class RoutingSettings
{
    public static RoutingConfig FromEnvironment(FunctionEnvironment environment) =>
        environment.Optional(SettingNames.RoutingFile) is { } path
            ? RoutingFile.Load(path)
            : DefaultRouting.From(
                environment.Optional(SettingNames.SlackSecretParameter),
                environment.Optional(SettingNames.PagerDutySecretParameter),
                environment.Optional(SettingNames.WebhookSecretParameter),
                environment.Optional(SettingNames.EmailFrom),
                DefaultRouting.SplitAddresses(environment.Optional(SettingNames.EmailTo)));
}
