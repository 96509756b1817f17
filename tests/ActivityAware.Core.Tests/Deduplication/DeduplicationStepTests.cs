using ActivityAware.Core.Deduplication;
using ActivityAware.Core.Pipeline;
using ActivityAware.Testing.Alerts;
using Microsoft.Extensions.Time.Testing;

namespace ActivityAware.Core.Tests.Deduplication;

public sealed class DeduplicationStepTests
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(15);
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 28, 10, 0, 0, TimeSpan.Zero));
    private readonly NormalizeOutput _input = new(true, AccessDeniedRecordBuilder.AccessDenied().Alert(), null);

    [Fact]
    public async Task RunAsync_SameAlertWithinWindow_SecondIsDuplicate()
    {
        var step = new DeduplicationStep(new InMemoryDedupeStore(), new InMemoryBurstStore(), Window, _clock);
        var first = await step.RunAsync(_input);
        _clock.Advance(TimeSpan.FromMinutes(5));
        var second = await step.RunAsync(_input);

        Assert.Equal(new DedupeDecision(_input.Alert!.AlertKey, false, 0, false), first.Dedupe);
        Assert.Equal(new DedupeDecision(_input.Alert.AlertKey, true, 1, false), second.Dedupe);
        Assert.Same(_input.Alert, second.Alert);
    }

    [Fact]
    public async Task RunAsync_AlertWithItsRulesOwnWindow_UsesThatWindowInsteadOfTheDeployments()
    {
        var hourly = _input with { Alert = _input.Alert! with { DedupeWindowSeconds = 3600 } };
        var step = new DeduplicationStep(new InMemoryDedupeStore(), new InMemoryBurstStore(), Window, _clock);
        await step.RunAsync(hourly);
        _clock.Advance(TimeSpan.FromMinutes(30));

        var afterTheDeploymentsWindow = await step.RunAsync(hourly);

        Assert.True(afterTheDeploymentsWindow.Dedupe.Duplicate);
    }

    [Fact]
    public async Task RunAsync_AfterWindow_GoesOutWithSuppressedCount()
    {
        var step = new DeduplicationStep(new InMemoryDedupeStore(), new InMemoryBurstStore(), Window, _clock);
        await step.RunAsync(_input);
        await step.RunAsync(_input);
        await step.RunAsync(_input);
        _clock.Advance(Window + TimeSpan.FromSeconds(1));

        var output = await step.RunAsync(_input);

        Assert.False(output.Dedupe.Duplicate);
        Assert.Equal(2, output.Dedupe.SuppressedCount);
    }

    [Fact]
    public async Task RunAsync_StoreUnavailable_FailsOpenAndReports()
    {
        var failure = new DedupeStoreUnavailableException("table gone");
        DedupeStoreUnavailableException? reported = null;
        var step = new DeduplicationStep(new FailingStore(failure), new InMemoryBurstStore(), Window, _clock, e => reported = e);

        var output = await step.RunAsync(_input);

        Assert.Equal(new DedupeDecision(_input.Alert!.AlertKey, false, 0, true), output.Dedupe);
        Assert.Same(failure, reported);
    }

    [Fact]
    public async Task RunAsync_StoreThrowsOtherException_Propagates()
    {
        var step = new DeduplicationStep(new FailingStore(new InvalidOperationException("bug")), new InMemoryBurstStore(), Window, _clock);
        await Assert.ThrowsAsync<InvalidOperationException>(() => step.RunAsync(_input));
    }

    [Fact]
    public async Task RunAsync_InputWithoutAlert_ThrowsNamingReason()
    {
        var step = new DeduplicationStep(new InMemoryDedupeStore(), new InMemoryBurstStore(), Window, _clock);
        var e = await Assert.ThrowsAsync<ArgumentException>(() => step.RunAsync(new NormalizeOutput(false, null, "no rule matched x")));
        Assert.Contains("no rule matched x", e.Message);
    }

    private sealed class FailingStore(Exception failure) : IDedupeStore
    {
        public Task<DedupeClaim> TryClaimAsync(string key, TimeSpan window, DateTimeOffset now, CancellationToken cancellationToken = default) =>
            Task.FromException<DedupeClaim>(failure);
    }
}
