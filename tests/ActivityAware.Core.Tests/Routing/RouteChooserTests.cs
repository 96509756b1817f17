using ActivityAware.Core.Pipeline;
using ActivityAware.Core.Rendering;
using ActivityAware.Core.Routing;
using ActivityAware.Core.Rules;
using ActivityAware.Testing.Alerts;

namespace ActivityAware.Core.Tests.Routing;

public sealed class RouteChooserTests
{
    private static readonly DestinationConfig Slack = new() { Name = "sec-slack", Type = DestinationTypes.Slack, SecretParameter = "/aa/slack", Categories = ["access-denied"] };
    private static readonly DestinationConfig Pager = new() { Name = "oncall", Type = DestinationTypes.PagerDuty, SecretParameter = "/aa/pd", MinimumSeverity = Severity.High };
    private static readonly DestinationConfig Mail = new() { Name = "mail", Type = DestinationTypes.Email, To = ["sec@example.com"] };
    private readonly EnrichOutput _input = AccessDeniedRecordBuilder.AccessDenied().Enriched();

    [Fact]
    public void Choose_CategoryFilterMatches_RoutesThereWithReason()
    {
        var output = Chooser(new RoutingConfig([Slack, Pager, Mail], ["mail"])).Choose(_input);

        var item = Assert.Single(output.Destinations);
        Assert.Equal(("sec-slack", "slack", "/aa/slack"), (item.Name, item.Type, item.SecretParameter));
        Assert.Contains("rule AWS.AccessDenied has category access-denied", item.RouteReason);
        Assert.Equal((_input.Alert.AlertKey, _input.Alert.Event.EventId, "AWS.AccessDenied", "medium"), (item.AlertKey, item.EventId, item.RuleId, item.Severity));
        Assert.Equal(new SlackMessageRenderer().Render(_input), item.Message);
    }

    [Fact]
    public void Choose_NoFilterMatches_UsesDefaultRoute()
    {
        var output = Chooser(new RoutingConfig([Slack with { Categories = ["tampering"] }, Pager, Mail], ["mail"])).Choose(_input);

        var item = Assert.Single(output.Destinations);
        Assert.Equal("mail", item.Name);
        Assert.StartsWith("default route;", item.RouteReason);
        Assert.Contains("sec@example.com", item.Message);
    }

    [Fact]
    public void Choose_BelowEveryMinimumSeverity_ChoosesNothing()
    {
        var output = Chooser(new RoutingConfig([Pager, Mail with { MinimumSeverity = Severity.Critical }], ["mail"])).Choose(_input);
        Assert.Empty(output.Destinations);
    }

    [Fact]
    public void Choose_KeepsEnrichmentErrorAndAlert()
    {
        var failed = _input with { Enrichment = null, EnrichmentError = new StepError("States.Timeout", "took too long") };
        var output = Chooser(new RoutingConfig([Mail], ["mail"])).Choose(failed);

        Assert.Equal(failed.EnrichmentError, output.EnrichmentError);
        Assert.Null(output.Enrichment);
        Assert.Same(failed.Alert, output.Alert);
        Assert.Contains("States.Timeout", Assert.Single(output.Destinations).Message);
    }

    [Fact]
    public void DefaultRouting_NothingConfigured_OneDryRunWebhook()
    {
        var config = DefaultRouting.From(null, " ", null, "alerts@example.com", []);
        var item = Assert.Single(Chooser(config).Choose(_input).Destinations);

        Assert.Equal((DefaultRouting.UnconfiguredName, DestinationTypes.Webhook, null), (item.Name, item.Type, item.SecretParameter));
    }

    [Fact]
    public void DefaultRouting_EverythingConfigured_OneDestinationPerSetting()
    {
        var config = DefaultRouting.From("/aa/slack", "/aa/pd", "/aa/hook", "alerts@example.com", DefaultRouting.SplitAddresses("a@example.com, b@example.com"));
        var items = Chooser(config).Choose(_input).Destinations;

        Assert.Equal(["slack", "email", "pagerduty", "webhook"], items.Select(i => i.Type));
        Assert.Equal(["/aa/slack", null, "/aa/pd", "/aa/hook"], items.Select(i => i.SecretParameter));
    }

    private static RouteChooser Chooser(RoutingConfig config) => new(config, new DeliveryMessageRenderer());
}
