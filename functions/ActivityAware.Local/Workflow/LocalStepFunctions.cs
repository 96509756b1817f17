using ActivityAware.Aws.Http;
using ActivityAware.Aws.Ssm;
using ActivityAware.Core.Deduplication;
using ActivityAware.Core.Enrichment;
using ActivityAware.Core.Normalization;
using ActivityAware.Core.Pipeline;
using ActivityAware.Core.Rendering;
using ActivityAware.Core.Routing;
using ActivityAware.Core.Rules;
using ActivityAware.Functions;
using ActivityAware.Functions.Hosting;
using ActivityAware.Local.Asl.Tasks;
using Amazon.SimpleSystemsManagement;

namespace ActivityAware.Local.Workflow;

/// <summary>
/// The eight step handlers of the workflow, built with the local runner's embedded defaults and bound by function name:
/// rules from the pack (plus the user's), in-process dedupe and burst stores on the replayed events' clock, enrichment from the event,
/// routing from the same ACTIVITY_AWARE_* settings as in AWS (none set: one dry-run destination), and the real senders.
/// </summary>
public static class LocalStepFunctions
{
    public static LambdaFunctionRegistry Create(IRuleEngine rules, TimeSpan dedupeWindow, TimeProvider dedupeClock, StepLog log)
    {
        var secrets = new LazySecretSource(() => new SsmSecretSource(new AmazonSimpleSystemsManagementClient()));
        var poster = DeliveryClients.Poster();
        var http = new HttpDestinationSender(poster, secrets);

        var normalize = new NormalizeFunction(new NormalizeStep(rules, new EventNormalizer()), log);
        var checkDuplicate = new CheckDuplicateFunction(
            new DeduplicationStep(new InMemoryDedupeStore(), new InMemoryBurstStore(), dedupeWindow, dedupeClock, e => log.Warning("dedupe store unavailable; failing open", null, null, e)),
            log);
        var enrich = new EnrichFunction(PrincipalEnricher.EventOnly(), log);
        var route = new ChooseDestinationsFunction(
            new RouteChooser(RoutingSettings.FromEnvironment(FunctionEnvironment.Process), new DeliveryMessageRenderer()), log);
        var slack = new SendToSlackFunction(http, log);
        var webhook = new SendToWebhookFunction(http, log);
        var pagerDuty = new SendToPagerDutyFunction(new PagerDutySender(poster, secrets, PagerDutySender.DefaultEndpoint), log);
        // Email needs a verified sender and a region; it is built only when routing sends an alert by email.
        var email = new Lazy<SendEmailFunction>(() => new SendEmailFunction());

        return new LambdaFunctionRegistry()
            .Register(nameof(NormalizeFunction), StreamHandlerAdapter.Adapt(normalize.Handle))
            .Register(nameof(CheckDuplicateFunction), StreamHandlerAdapter.Adapt(checkDuplicate.Handle))
            .Register(nameof(EnrichFunction), StreamHandlerAdapter.Adapt(enrich.Handle))
            .Register(nameof(ChooseDestinationsFunction), StreamHandlerAdapter.Adapt(route.Handle))
            .Register(nameof(SendToSlackFunction), StreamHandlerAdapter.Adapt(slack.Handle))
            .Register(nameof(SendToWebhookFunction), StreamHandlerAdapter.Adapt(webhook.Handle))
            .Register(nameof(SendToPagerDutyFunction), StreamHandlerAdapter.Adapt(pagerDuty.Handle))
            .Register(nameof(SendEmailFunction), StreamHandlerAdapter.Adapt(input => email.Value.Handle(input)));
    }
}
