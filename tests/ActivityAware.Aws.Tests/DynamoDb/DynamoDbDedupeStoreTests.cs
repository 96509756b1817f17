using ActivityAware.Aws.DynamoDb;
using ActivityAware.Core.Deduplication;
using ActivityAware.Testing;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Amazon.Runtime;

namespace ActivityAware.Aws.Tests.DynamoDb;

public sealed class DynamoDbDedupeStoreTests(MotoServer moto) : IClassFixture<MotoServer>, IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2026, 11, 28, 10, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(15);
    private string _table = "";
    private AmazonDynamoDBClient _dynamo = null!;

    public async Task InitializeAsync()
    {
        _dynamo = DedupeTableFixture.Client(moto.Endpoint);
        _table = await DedupeTableFixture.CreateAsync(_dynamo);
    }

    [Fact]
    public async Task TryClaimAsync_FirstAlert_ClaimsAndWritesExpiry()
    {
        var claim = await new DynamoDbDedupeStore(_dynamo, _table).TryClaimAsync("v1|r|p|a|e", Window, Start);

        Assert.Equal(DedupeClaim.NewWindow(0), claim);
        var item = (await _dynamo.GetItemAsync(_table, new Dictionary<string, AttributeValue> { ["pk"] = new() { S = "v1|r|p|a|e" } })).Item;
        Assert.Equal((Start + Window).ToUnixTimeSeconds().ToString(), item["expiresAt"].N);
        Assert.Equal("0", item["suppressed"].N);
    }

    [Fact]
    public async Task TryClaimAsync_RepeatsWithinWindow_DuplicatesCountingUp()
    {
        var store = new DynamoDbDedupeStore(_dynamo, _table);
        await store.TryClaimAsync("k", Window, Start);

        Assert.Equal(DedupeClaim.Duplicate(1), await store.TryClaimAsync("k", Window, Start.AddMinutes(1)));
        Assert.Equal(DedupeClaim.Duplicate(2), await store.TryClaimAsync("k", Window, Start.AddMinutes(15)));
        Assert.True((await store.TryClaimAsync("other", Window, Start.AddMinutes(1))).Claimed);
    }

    [Fact]
    public async Task TryClaimAsync_ExpiredItemStillInTable_CountsAsAbsentAndReportsSuppressed()
    {
        var store = new DynamoDbDedupeStore(_dynamo, _table);
        await store.TryClaimAsync("k", Window, Start);
        await store.TryClaimAsync("k", Window, Start.AddMinutes(1));
        await store.TryClaimAsync("k", Window, Start.AddMinutes(2));

        var afterWindow = await store.TryClaimAsync("k", Window, Start.AddMinutes(15).AddSeconds(1));
        var next = await store.TryClaimAsync("k", Window, Start.AddMinutes(16));

        Assert.Equal(DedupeClaim.NewWindow(2), afterWindow);
        Assert.Equal(DedupeClaim.Duplicate(1), next);
    }

    [Fact]
    public async Task TryClaimAsync_TableMissing_StoreUnavailable()
    {
        var e = await Assert.ThrowsAsync<DedupeStoreUnavailableException>(() => new DynamoDbDedupeStore(_dynamo, "no-such-table").TryClaimAsync("k", Window, Start));
        Assert.Contains("ResourceNotFoundException", e.Message);
    }

    [Fact]
    public async Task TryClaimAsync_EndpointUnreachable_StoreUnavailable()
    {
        using var dead = DedupeTableFixture.Client(new Uri($"http://127.0.0.1:{FreePort.Next()}"));
        await Assert.ThrowsAsync<DedupeStoreUnavailableException>(() => new DynamoDbDedupeStore(dead, _table).TryClaimAsync("k", Window, Start));
    }

    public Task DisposeAsync()
    {
        _dynamo.Dispose();
        return Task.CompletedTask;
    }
}
