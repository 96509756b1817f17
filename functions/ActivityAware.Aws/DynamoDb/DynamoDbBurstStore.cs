using System.Globalization;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Amazon.Runtime;
using ActivityAware.Core.Deduplication;
using ActivityAware.Core.Rules;

namespace ActivityAware.Aws.DynamoDb;

/// <summary>
/// Burst counters in the dedupe table (their keys start with <c>burst:</c>, which no alert key does). One item per counter holds a map
/// <c>seen</c> of value → latest event time. An enumeration runs many executions at once against one counter, so an observation is one
/// atomic UpdateItem of its own map entry (raised only if the stored time is earlier) returning the whole map; no read-modify-write race
/// can lose a value. <see cref="BurstWindow"/> then does the arithmetic over the map. Entries the arithmetic no longer needs are removed
/// now and then, conditional on being unchanged, to keep the item small.
/// </summary>
public sealed class DynamoDbBurstStore(IAmazonDynamoDB dynamo, string tableName) : IBurstStore
{
    public const string SeenAttribute = "seen";

    /// <summary>Map keys may not be empty and the value may be (a missing field), so every key carries this prefix.</summary>
    private const string ValuePrefix = "v:";

    private const int MaxAttempts = 5;

    public async Task<BurstState> ObserveAsync(BurstObservation observation, DateTimeOffset eventTime, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        try
        {
            var time = eventTime.ToUnixTimeSeconds();
            var seen = await RecordAsync(observation, time, eventTime > now ? eventTime : now, cancellationToken);
            var entries = seen.Select(e => new BurstEntry(e.Key[ValuePrefix.Length..], long.Parse(e.Value.N, CultureInfo.InvariantCulture))).ToList();
            var update = BurstWindow.Observe(entries, observation.Value, time, observation.Threshold, observation.WindowSeconds);
            if (seen.Count >= 2 * observation.Threshold)
                await TryPruneAsync(observation.Key, seen, update.Entries, cancellationToken);
            return new BurstState(update.Reached, update.Count);
        }
        catch (AmazonServiceException e)
        {
            throw new DedupeStoreUnavailableException($"dedupe table '{tableName}' answered {e.ErrorCode} (HTTP {(int)e.StatusCode}) for a burst counter", e);
        }
        catch (AmazonClientException e)
        {
            throw new DedupeStoreUnavailableException($"dedupe table '{tableName}' could not be called for a burst counter", e);
        }
        catch (HttpRequestException e)
        {
            throw new DedupeStoreUnavailableException($"dedupe table '{tableName}' could not be reached for a burst counter", e);
        }
    }

    /// <summary>Records the value's time in the counter and returns the counter's whole map.</summary>
    private async Task<Dictionary<string, AttributeValue>> RecordAsync(BurstObservation observation, long time, DateTimeOffset clock, CancellationToken cancellationToken)
    {
        // The TTL runs on the table's clock; event time lags it by CloudTrail's delivery delay, so the later of the two anchors the expiry.
        var expiresAt = Number(clock.AddSeconds(observation.WindowSeconds).ToUnixTimeSeconds());
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var response = await dynamo.UpdateItemAsync(new UpdateItemRequest
                {
                    TableName = tableName,
                    Key = KeyOf(observation.Key),
                    UpdateExpression = "SET #seen.#value = :time, #expires = :expires",
                    ConditionExpression = $"attribute_exists({DynamoDbDedupeStore.KeyAttribute}) AND (attribute_not_exists(#seen.#value) OR #seen.#value < :time)",
                    ExpressionAttributeNames = new Dictionary<string, string>
                    {
                        ["#seen"] = SeenAttribute,
                        ["#value"] = ValuePrefix + observation.Value,
                        ["#expires"] = DynamoDbDedupeStore.ExpiresAtAttribute,
                    },
                    ExpressionAttributeValues = new Dictionary<string, AttributeValue> { [":time"] = Number(time), [":expires"] = expiresAt },
                    ReturnValues = ReturnValue.ALL_NEW,
                }, cancellationToken);
                return response.Attributes[SeenAttribute].M;
            }
            catch (ConditionalCheckFailedException)
            {
                // The counter did not exist then, or already held this value at a later time; it may have been created since.
                if (await ReadAsync(observation.Key, cancellationToken) is { } existing)
                {
                    if (HoldsSince(existing, observation.Value, time)) return existing;
                }
                else if (await TryCreateAsync(observation, time, expiresAt, cancellationToken) is { } created)
                {
                    return created;
                }
                if (attempt == MaxAttempts)
                    throw new DedupeStoreUnavailableException($"dedupe table '{tableName}': a burst counter kept changing under concurrent executions ({MaxAttempts} attempts)");
            }
        }
    }

    private static bool HoldsSince(Dictionary<string, AttributeValue> seen, string value, long time) =>
        seen.TryGetValue(ValuePrefix + value, out var stored) && long.Parse(stored.N, CultureInfo.InvariantCulture) >= time;

    private async Task<Dictionary<string, AttributeValue>?> ReadAsync(string key, CancellationToken cancellationToken)
    {
        var response = await dynamo.GetItemAsync(new GetItemRequest { TableName = tableName, Key = KeyOf(key), ConsistentRead = true }, cancellationToken);
        return response.Item is { Count: > 0 } item && item.TryGetValue(SeenAttribute, out var seen) && seen.M is { } map ? map : null;
    }

    private async Task<Dictionary<string, AttributeValue>?> TryCreateAsync(BurstObservation observation, long time, AttributeValue expiresAt, CancellationToken cancellationToken)
    {
        var seen = new Dictionary<string, AttributeValue> { [ValuePrefix + observation.Value] = Number(time) };
        try
        {
            await dynamo.PutItemAsync(new PutItemRequest
            {
                TableName = tableName,
                Item = new Dictionary<string, AttributeValue>
                {
                    [DynamoDbDedupeStore.KeyAttribute] = new() { S = observation.Key },
                    [SeenAttribute] = new() { M = seen },
                    [DynamoDbDedupeStore.ExpiresAtAttribute] = expiresAt,
                },
                ConditionExpression = $"attribute_not_exists({DynamoDbDedupeStore.KeyAttribute})",
            }, cancellationToken);
            return seen;
        }
        catch (ConditionalCheckFailedException)
        {
            return null;
        }
    }

    /// <summary>Removes the entries the arithmetic dropped, only if none of them changed since they were read; losing the race only delays it.</summary>
    private async Task TryPruneAsync(string key, Dictionary<string, AttributeValue> seen, IReadOnlyList<BurstEntry> kept, CancellationToken cancellationToken)
    {
        var keep = kept.Select(e => ValuePrefix + e.Value).ToHashSet(StringComparer.Ordinal);
        var dropped = seen.Where(e => !keep.Contains(e.Key)).Take(50).ToList();
        if (dropped.Count == 0) return;
        var names = new Dictionary<string, string> { ["#seen"] = SeenAttribute };
        var values = new Dictionary<string, AttributeValue>();
        for (var i = 0; i < dropped.Count; i++)
        {
            names[$"#d{i}"] = dropped[i].Key;
            values[$":d{i}"] = dropped[i].Value;
        }
        try
        {
            await dynamo.UpdateItemAsync(new UpdateItemRequest
            {
                TableName = tableName,
                Key = KeyOf(key),
                UpdateExpression = "REMOVE " + string.Join(", ", dropped.Select((_, i) => $"#seen.#d{i}")),
                ConditionExpression = string.Join(" AND ", dropped.Select((_, i) => $"#seen.#d{i} = :d{i}")),
                ExpressionAttributeNames = names,
                ExpressionAttributeValues = values,
            }, cancellationToken);
        }
        catch (ConditionalCheckFailedException)
        {
        }
    }

    private static Dictionary<string, AttributeValue> KeyOf(string key) => new() { [DynamoDbDedupeStore.KeyAttribute] = new() { S = key } };

    private static AttributeValue Number(long value) => new() { N = value.ToString(CultureInfo.InvariantCulture) };
}
