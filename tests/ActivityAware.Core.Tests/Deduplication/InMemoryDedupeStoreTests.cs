using ActivityAware.Core.Deduplication;

namespace ActivityAware.Core.Tests.Deduplication;

public sealed class InMemoryDedupeStoreTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 28, 10, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    [Fact]
    public async Task TryClaimAsync_FirstAlert_ClaimsWithNothingSuppressed()
    {
        var claim = await new InMemoryDedupeStore().TryClaimAsync("k", Window, Start);
        Assert.Equal(DedupeClaim.NewWindow(0), claim);
    }

    [Fact]
    public async Task TryClaimAsync_RepeatsWithinWindow_AreDuplicatesCountingUp()
    {
        var store = new InMemoryDedupeStore();
        await store.TryClaimAsync("k", Window, Start);
        Assert.Equal(DedupeClaim.Duplicate(1), await store.TryClaimAsync("k", Window, Start.AddMinutes(1)));
        Assert.Equal(DedupeClaim.Duplicate(2), await store.TryClaimAsync("k", Window, Start.AddMinutes(14)));
    }

    [Fact]
    public async Task TryClaimAsync_FirstAfterWindow_ClaimsAndReportsSuppressed()
    {
        var store = new InMemoryDedupeStore();
        await store.TryClaimAsync("k", Window, Start);
        await store.TryClaimAsync("k", Window, Start.AddMinutes(1));
        await store.TryClaimAsync("k", Window, Start.AddMinutes(2));

        Assert.Equal(DedupeClaim.NewWindow(2), await store.TryClaimAsync("k", Window, Start.AddMinutes(15).AddSeconds(1)));
        Assert.Equal(DedupeClaim.Duplicate(1), await store.TryClaimAsync("k", Window, Start.AddMinutes(16)));
    }

    [Fact]
    public async Task TryClaimAsync_DifferentKeys_AreIndependent()
    {
        var store = new InMemoryDedupeStore();
        await store.TryClaimAsync("a", Window, Start);
        Assert.True((await store.TryClaimAsync("b", Window, Start)).Claimed);
    }

    [Fact]
    public async Task TryClaimAsync_ConcurrentClaims_ExactlyOneClaims()
    {
        var store = new InMemoryDedupeStore();
        var claims = await Task.WhenAll(Enumerable.Range(0, 64).Select(_ => Task.Run(() => store.TryClaimAsync("k", Window, Start))));
        Assert.Single(claims, c => c.Claimed);
        Assert.Equal(Enumerable.Range(1, 63).Select(i => (long)i), claims.Where(c => !c.Claimed).Select(c => c.SuppressedCount).Order());
    }

    [Fact]
    public async Task TryClaimAsync_ZeroWindow_Throws()
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => new InMemoryDedupeStore().TryClaimAsync("k", TimeSpan.Zero, Start));
    }

    [Fact]
    public async Task TryClaimAsync_WindowsExpiredLongerThanTheRetention_AreForgotten()
    {
        var store = new InMemoryDedupeStore(retention: TimeSpan.FromHours(1), pruneEvery: 3);
        await store.TryClaimAsync("old", Window, Start);
        await store.TryClaimAsync("recent", Window, Start + TimeSpan.FromHours(1));

        await store.TryClaimAsync("now", Window, Start + TimeSpan.FromHours(1) + Window + TimeSpan.FromMinutes(1));

        Assert.Equal(2, store.Count);
        Assert.Equal(DedupeClaim.NewWindow(0), await store.TryClaimAsync("old", Window, Start + TimeSpan.FromHours(2)));
    }

    [Fact]
    public async Task TryClaimAsync_WindowExpiredWithinTheRetention_StillReportsWhatItSuppressed()
    {
        var store = new InMemoryDedupeStore(retention: TimeSpan.FromHours(1), pruneEvery: 1);
        await store.TryClaimAsync("k", Window, Start);
        await store.TryClaimAsync("k", Window, Start + TimeSpan.FromMinutes(5));

        Assert.Equal(DedupeClaim.NewWindow(1), await store.TryClaimAsync("k", Window, Start + Window + TimeSpan.FromMinutes(30)));
    }
}
