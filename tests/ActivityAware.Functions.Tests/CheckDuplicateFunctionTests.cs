using ActivityAware.Core.Deduplication;
using ActivityAware.Core.Pipeline;
using ActivityAware.Functions.Hosting;
using ActivityAware.Functions.Tests.Support;
using ActivityAware.Testing.Alerts;
using Microsoft.Extensions.Time.Testing;

namespace ActivityAware.Functions.Tests;

public sealed class CheckDuplicateFunctionTests
{
    [Fact]
    public async Task Handle_SameAlertTwiceInWindow_SecondIsDuplicate()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 28, 10, 0, 0, TimeSpan.Zero));
        var function = new CheckDuplicateFunction(new DeduplicationStep(new InMemoryDedupeStore(), new InMemoryBurstStore(), TimeSpan.FromMinutes(15), clock), StepLog.Silent);
        var input = new NormalizeOutput(true, AccessDeniedRecordBuilder.AccessDenied().Alert(), null);

        var first = Payload.Read(await function.Handle(Payload.Of(input, Payload.Contracts.NormalizeOutput)), Payload.Contracts.DedupeOutput);
        clock.Advance(TimeSpan.FromMinutes(1));
        var second = Payload.Text(await function.Handle(Payload.Of(input, Payload.Contracts.NormalizeOutput)));

        Assert.False(first.Dedupe.Duplicate);
        Assert.Equal(input.Alert!.AlertKey, first.Alert.AlertKey);
        Assert.Contains("\"dedupe\":{\"key\":", second);
        Assert.Contains("\"duplicate\":true,\"suppressedCount\":1,\"failedOpen\":false,\"belowThreshold\":false}", second);
    }

    [Fact]
    public async Task Handle_UnmatchedInput_Throws()
    {
        var function = new CheckDuplicateFunction(new DeduplicationStep(new InMemoryDedupeStore(), new InMemoryBurstStore(), TimeSpan.FromMinutes(15), TimeProvider.System), StepLog.Silent);
        await Assert.ThrowsAsync<ArgumentException>(() => function.Handle(Payload.Of("""{"matched":false,"reason":"no rule matched"}""")));
    }
}
