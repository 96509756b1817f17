using System.Text.Json;
using ActivityAware.Core.Deduplication;
using ActivityAware.Core.Normalization;
using ActivityAware.Core.Pipeline;
using ActivityAware.Core.Rules;
using ActivityAware.Testing.Alerts;
using Microsoft.Extensions.Time.Testing;

namespace ActivityAware.Core.Tests.Deduplication;

/// <summary>"Check duplicate" with the default pack's enumeration-burst rule: 10 distinct denied actions by one principal within 5 minutes.</summary>
public sealed class BurstCountingStepTests
{
    private const string BurstRule = "AWS.AccessDenied.EnumerationBurst";
    private const string MalloryBurstKey = "v1f|AWS.AccessDenied.EnumerationBurst|userIdentity.arn=arn:aws:iam::123456789012:user/mallory"
        + "|userIdentity.accountId=123456789012|userIdentity.principalId=AIDAEXAMPLEMALLORY";
    private static readonly NormalizeStep Normalize = new(new RuleEngine(RulePack.LoadDefault(), includeThresholdRules: true), new EventNormalizer());
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 28, 10, 20, 0, TimeSpan.Zero));

    private static NormalizeOutput Denied(string eventName, int second, string user = "mallory") =>
        Run(DeniedCall(eventName, second).ForUser(user));

    private static NormalizeOutput DeniedFromOtherAccount(string eventName, int second, string accountId, string principalId) =>
        Run(DeniedCall(eventName, second).ForOtherAccount(accountId, principalId));

    private static AccessDeniedRecordBuilder DeniedCall(string eventName, int second) =>
        AccessDeniedRecordBuilder.AccessDenied()
            .With("eventSource", "iam.amazonaws.com")
            .With("eventName", eventName)
            .With("eventID", Guid.NewGuid().ToString())
            .With("eventTime", new DateTimeOffset(2026, 11, 28, 10, 15, 0, TimeSpan.Zero).AddSeconds(second).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture))
            .WithoutResources();

    private static NormalizeOutput Run(AccessDeniedRecordBuilder builder)
    {
        using var document = JsonDocument.Parse(builder.RecordJson());
        return Normalize.Run(document.RootElement);
    }

    private DeduplicationStep Step(IBurstStore? bursts = null, Action<DedupeStoreUnavailableException>? failed = null) =>
        new(new InMemoryDedupeStore(), bursts ?? new InMemoryBurstStore(), TimeSpan.FromMinutes(15), _clock, failed);

    [Fact]
    public async Task RunAsync_DeniedCallsBelowTheThreshold_AlertWithoutTheBurstRule()
    {
        var step = Step();

        var output = await step.RunAsync(Denied("ListRoles", 0));

        Assert.False(output.Dedupe.BelowThreshold);
        Assert.DoesNotContain(output.Alert.Matches, m => m.RuleId == BurstRule);
        Assert.Contains(output.Alert.Matches, m => m.RuleId == "AWS.AccessDenied");
        Assert.StartsWith("v1f|AWS.AccessDenied|", output.Alert.AlertKey, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_TenthDistinctDenialWithinFiveMinutes_LeadsTheAlertWithTheBurstRule()
    {
        var step = Step();
        var actions = new[] { "ListUsers", "ListRoles", "ListGroups", "ListPolicies", "GetAccountSummary", "ListAccessKeys", "GetUser", "ListMFADevices", "GetAccountAuthorizationDetails", "ListInstanceProfiles" };
        DedupeOutput? last = null;
        for (var i = 0; i < actions.Length; i++)
        {
            last = await step.RunAsync(Denied(actions[i], i * 20));
            if (i < actions.Length - 1)
                Assert.DoesNotContain(last.Alert.Matches, m => m.RuleId == BurstRule);
        }

        var burst = Assert.Single(last!.Alert.Matches, m => m.RuleId == BurstRule);
        Assert.Equal(Severity.High, last.Alert.Severity);
        Assert.Contains("10 distinct eventName values within 5m", burst.Reason, StringComparison.Ordinal);
        Assert.Equal(MalloryBurstKey, last.Alert.AlertKey);
        Assert.False(last.Dedupe.Duplicate);
    }

    [Fact]
    public async Task RunAsync_BurstGoingOn_TheBurstAlertsOnceWhileEachNewDenialStillAlertsOnItsOwn()
    {
        var step = Step();
        for (var i = 0; i < 10; i++) await step.RunAsync(Denied($"List{i}", i));

        var eleventh = await step.RunAsync(Denied("List10", 11));

        Assert.DoesNotContain(eleventh.Alert.Matches, m => m.RuleId == BurstRule);
        Assert.Contains(eleventh.Alert.Matches, m => m.RuleId == "AWS.AccessDenied");
        Assert.False(eleventh.Dedupe.Duplicate);
    }

    [Fact]
    public async Task RunAsync_OnlyTheBurstRuleMatchedAndItAlreadyAlerted_IsADuplicateOfTheBurst()
    {
        var step = Step();
        for (var i = 0; i < 10; i++) await step.RunAsync(BurstOnly(Denied($"List{i}", i)));

        var eleventh = await step.RunAsync(BurstOnly(Denied("List10", 11)));

        Assert.True(eleventh.Dedupe.Duplicate);
        Assert.False(eleventh.Dedupe.BelowThreshold);
        Assert.Equal(1, eleventh.Dedupe.SuppressedCount);
        Assert.Equal(MalloryBurstKey, eleventh.Dedupe.Key);
    }

    [Fact]
    public async Task RunAsync_TwoPrincipals_CountedApart()
    {
        var step = Step();
        for (var i = 0; i < 5; i++)
        {
            await step.RunAsync(Denied($"List{i}", i, user: "alice"));
            await step.RunAsync(Denied($"Get{i}", i, user: "bob"));
        }

        var output = await step.RunAsync(Denied("List5", 6, user: "alice"));

        Assert.DoesNotContain(output.Alert.Matches, m => m.RuleId == BurstRule);
    }

    [Fact]
    public async Task RunAsync_TenDistinctDenialsOfAPrincipalFromAnotherAccount_IsABurstKeyedByItsAccountAndPrincipalId()
    {
        var step = Step();
        DedupeOutput? last = null;
        for (var i = 0; i < 10; i++)
        {
            // A second outside principal probing at the same time must not add to the first one's count.
            await step.RunAsync(DeniedFromOtherAccount($"Get{i}", i, "444455556666", "AIDAEXAMPLEOTHER"));
            last = await step.RunAsync(DeniedFromOtherAccount($"List{i}", i, "444455556666", "AIDAEXAMPLEPROBE"));
            if (i < 9)
                Assert.DoesNotContain(last.Alert.Matches, m => m.RuleId == BurstRule);
        }

        Assert.Single(last!.Alert.Matches, m => m.RuleId == BurstRule);
        Assert.Equal("v1f|AWS.AccessDenied.EnumerationBurst|userIdentity.arn=|userIdentity.accountId=444455556666|userIdentity.principalId=AIDAEXAMPLEPROBE",
            last.Alert.AlertKey);
    }

    [Fact]
    public void Normalize_AnonymousDenial_IsNotCountedTowardABurst()
    {
        var anonymous = Run(DeniedCall("GetObject", 0).ForOtherAccount("anonymous", ""));

        Assert.Contains(anonymous.Alert!.Matches, m => m.RuleId == "AWS.AccessDenied");
        Assert.DoesNotContain(anonymous.Alert.Matches, m => m.RuleId == BurstRule);
    }

    [Fact]
    public async Task RunAsync_OnlyABurstRuleMatchedAndBelowThreshold_ReportsBelowThresholdAndClaimsNothing()
    {
        var dedupe = new InMemoryDedupeStore();
        var step = new DeduplicationStep(dedupe, new InMemoryBurstStore(), TimeSpan.FromMinutes(15), _clock);
        var burstOnly = BurstOnly(Denied("ListRoles", 0));

        var output = await step.RunAsync(burstOnly);

        Assert.True(output.Dedupe.BelowThreshold);
        Assert.False(output.Dedupe.Duplicate);
        Assert.Equal(0, dedupe.Count);
    }

    [Fact]
    public async Task RunAsync_BurstStoreDown_LeavesTheBurstOutReportsItAndAlertsOnTheRest()
    {
        DedupeStoreUnavailableException? reported = null;
        var step = Step(new UnavailableBurstStore(), e => reported = e);

        var output = await step.RunAsync(Denied("ListRoles", 0));

        Assert.NotNull(reported);
        Assert.Contains(output.Alert.Matches, m => m.RuleId == "AWS.AccessDenied");
        Assert.DoesNotContain(output.Alert.Matches, m => m.RuleId == BurstRule);
        Assert.False(output.Dedupe.BelowThreshold);
    }

    [Fact]
    public void Normalize_DeniedCall_CarriesTheBurstObservationOfItsPrincipalAndAction()
    {
        var match = Assert.Single(Denied("ListRoles", 0).Alert!.Matches, m => m.RuleId == BurstRule);

        Assert.Equal(new BurstObservation("burst:" + MalloryBurstKey, "ListRoles", 10, 300, "distinct eventName values"), match.Burst);
    }

    private static NormalizeOutput BurstOnly(NormalizeOutput output)
    {
        var burst = output.Alert!.Matches.Where(m => m.Burst is not null).ToList();
        return output with { Alert = AlertCandidateFactory.Create(output.Alert.Event, burst) };
    }

    private sealed class UnavailableBurstStore : IBurstStore
    {
        public Task<BurstState> ObserveAsync(BurstObservation observation, DateTimeOffset eventTime, DateTimeOffset now, CancellationToken cancellationToken = default) =>
            throw new DedupeStoreUnavailableException("table throttled");
    }
}
