using ActivityAware.Aws.Iam;
using ActivityAware.Aws.Signing;
using ActivityAware.Core.Enrichment;
using ActivityAware.Core.Json;
using ActivityAware.Core.Pipeline;
using ActivityAware.Functions.Hosting;

namespace ActivityAware.Functions;

/// <summary>
/// "Enrich principal": <c>DedupeOutput</c> → <c>EnrichOutput</c>, from the event and, for this account's users and roles, from IAM (tags,
/// permissions boundary, account alias; answers cached per container). On failure the state machine's Catch adds <c>enrichmentError</c> and goes on.
/// </summary>
public sealed class EnrichFunction(PrincipalEnricher enricher, StepLog log)
{
    private static readonly TimeSpan CacheLifetime = TimeSpan.FromMinutes(5);

    public EnrichFunction() : this(FunctionEnvironment.Process, StepLog.FromEnvironment(FunctionEnvironment.Process, nameof(EnrichFunction))) { }

    private EnrichFunction(FunctionEnvironment environment, StepLog log) : this(FromIam(environment, log), log) { }

    public async Task<Stream> Handle(Stream input)
    {
        var deduped = await FunctionsJson.ReadAsync(input, CoreJsonContext.Default.DedupeOutput);
        var enrichment = await enricher.EnrichAsync(deduped.Alert);
        log.Info("enriched", deduped.Alert.Event.EventId, LeadRule.IdOf(deduped.Alert), $"source={enrichment.Source} denialReason={enrichment.DenialReason}");
        return FunctionsJson.Write(new EnrichOutput(deduped.Alert, deduped.Dedupe, enrichment, null), CoreJsonContext.Default.EnrichOutput);
    }

    private static PrincipalEnricher FromIam(FunctionEnvironment environment, StepLog log)
    {
        var region = environment.Required(SettingNames.AwsRegion, "the function's region");
        var (endpoint, signingRegion) = IamEndpoint.For(region, environment.Optional);
        var iam = new IamPrincipalDirectory(SigV4HttpClientFactory.Create("iam", signingRegion), endpoint);
        return new PrincipalEnricher(
            new EventEnricher(),
            new CachingPrincipalDirectory(iam, CacheLifetime, TimeProvider.System),
            environment.Required(SettingNames.AccountId, "the account id of the stack"),
            e => log.Warning("IAM unavailable; enriched from the event alone", null, null, e));
    }
}
