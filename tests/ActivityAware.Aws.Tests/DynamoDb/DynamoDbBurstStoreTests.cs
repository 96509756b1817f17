using ActivityAware.Aws.DynamoDb;
using ActivityAware.Core.Deduplication;
using ActivityAware.Core.Rules;
using ActivityAware.Testing;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Amazon.Runtime;

namespace ActivityAware.Aws.Tests.DynamoDb;

public sealed class DynamoDbBurstStoreTests(MotoServer moto) : IClassFixture<MotoServer>, IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2026, 11, 28, 10, 0, 0, TimeSpan.Zero);
    private const string Key = "burst:v1f|AWS.AccessDenied.EnumerationBurst|userIdentity.arn=arn:aws:iam::123456789012:user/mallory";
    private string _table = "";
    private AmazonDynamoDBClient _dynamo = null!;

    public async Task InitializeAsync()
    {
        _dynamo = DedupeTableFixture.Client(moto.Endpoint);
        _table = await DedupeTableFixture.CreateAsync(_dynamo);
    }

    private static BurstObservation Denied(string action, int threshold = 3) => new(Key, action, threshold, 300, "distinct eventName values");

    [Fact]
    public async Task ObserveAsync_ThirdDistinctValueWithinTheWindow_Reaches()
    {
        var store = new DynamoDbBurstStore(_dynamo, _table);

        var first = await store.ObserveAsync(Denied("ListUsers"), Start, Start);
        var repeat = await store.ObserveAsync(Denied("ListUsers"), Start.AddSeconds(5), Start);
        var second = await store.ObserveAsync(Denied("ListRoles"), Start.AddSeconds(10), Start);
        var third = await store.ObserveAsync(Denied("ListBuckets"), Start.AddSeconds(20), Start);

        Assert.Equal(new BurstState(false, 1), first);
        Assert.Equal(new BurstState(false, 1), repeat);
        Assert.Equal(new BurstState(false, 2), second);
        Assert.Equal(new BurstState(true, 3), third);
    }

    [Fact]
    public async Task ObserveAsync_WritesEachValuesLatestTimeAndAnExpiryAnchoredOnTheLaterClock()
    {
        var store = new DynamoDbBurstStore(_dynamo, _table);
        var now = Start.AddMinutes(12);

        await store.ObserveAsync(Denied("ListUsers"), Start.AddSeconds(30), now);
        await store.ObserveAsync(Denied("ListUsers"), Start, now);
        await store.ObserveAsync(Denied(""), Start.AddSeconds(1), now);

        var item = (await _dynamo.GetItemAsync(_table, new Dictionary<string, AttributeValue> { ["pk"] = new() { S = Key } })).Item;
        var seen = item[DynamoDbBurstStore.SeenAttribute].M;
        Assert.Equal(Start.AddSeconds(30).ToUnixTimeSeconds().ToString(), seen["v:ListUsers"].N);
        Assert.Equal(Start.AddSeconds(1).ToUnixTimeSeconds().ToString(), seen["v:"].N);
        Assert.Equal(now.AddSeconds(300).ToUnixTimeSeconds().ToString(), item[DynamoDbDedupeStore.ExpiresAtAttribute].N);
    }

    [Fact]
    public async Task ObserveAsync_ManyValues_PrunesWhatTheCountNoLongerNeeds()
    {
        var store = new DynamoDbBurstStore(_dynamo, _table);
        for (var i = 0; i < 20; i++)
            await store.ObserveAsync(Denied($"Action{i:00}"), Start.AddSeconds(i), Start);

        var seen = (await _dynamo.GetItemAsync(_table, new Dictionary<string, AttributeValue> { ["pk"] = new() { S = Key } })).Item[DynamoDbBurstStore.SeenAttribute].M;

        Assert.InRange(seen.Count, 3, 5);
        Assert.Contains("v:Action19", seen.Keys);
    }

    [Fact]
    public async Task ObserveAsync_ConcurrentExecutions_LoseNoValue()
    {
        // moto_server answers an occasional HTTP 500 under concurrent load; the SDK's default retries (as in Lambda) cover that.
        using var retrying = DedupeTableFixture.Client(moto.Endpoint, retries: 3);
        var stores = Enumerable.Range(0, 4).Select(_ => new DynamoDbBurstStore(retrying, _table)).ToArray();
        var actions = Enumerable.Range(0, 12).Select(i => $"Action{i}").ToArray();

        var states = await Task.WhenAll(actions.Select((action, i) =>
            Task.Run(() => stores[i % stores.Length].ObserveAsync(Denied(action, threshold: 12), Start.AddSeconds(i), Start))));

        // Reached means "the threshold is met now", not "this call crossed it": BurstGate's dedupe claim makes the alert once per window.
        // So a second caller may see all twelve too (a retry after a lost response reads the map later; moto does not serialize
        // concurrent updates of one item as DynamoDB does); what must hold is that no value is lost and nobody reaches early.
        Assert.Contains(states, s => s.Reached);
        Assert.All(states.Where(s => s.Reached), s => Assert.Equal(12, s.Count));
        Assert.Equal(12, states.Max(s => s.Count));
    }

    [Fact]
    public async Task ObserveAsync_TableMissing_StoreUnavailable()
    {
        var e = await Assert.ThrowsAsync<DedupeStoreUnavailableException>(() => new DynamoDbBurstStore(_dynamo, "no-such-table").ObserveAsync(Denied("ListUsers"), Start, Start));
        Assert.Contains("ResourceNotFoundException", e.Message);
    }

    [Fact]
    public async Task ObserveAsync_EndpointUnreachable_StoreUnavailable()
    {
        using var dead = DedupeTableFixture.Client(new Uri($"http://127.0.0.1:{FreePort.Next()}"));
        await Assert.ThrowsAsync<DedupeStoreUnavailableException>(() => new DynamoDbBurstStore(dead, _table).ObserveAsync(Denied("ListUsers"), Start, Start));
    }

    public Task DisposeAsync()
    {
        _dynamo.Dispose();
        return Task.CompletedTask;
    }
}
