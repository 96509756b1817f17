using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Amazon.Runtime;
using ActivityAware.Core.Deduplication;

namespace ActivityAware.Aws.DynamoDb;

/// <summary>
/// Dedupe windows in a DynamoDB table (hash key <c>pk</c>, TTL attribute <c>expiresAt</c> in epoch seconds). A claim is one conditional
/// PutItem <c>attribute_not_exists(pk) OR expiresAt &lt; :now</c>: TTL deletes lazily, so an expired item counts as absent, and the put returns
/// the old item so the new window reports how many the old one suppressed. A failed condition is a duplicate: <c>ADD suppressed :one</c>.
/// </summary>
public sealed class DynamoDbDedupeStore(IAmazonDynamoDB dynamo, string tableName) : IDedupeStore
{
    public const string KeyAttribute = "pk";
    public const string ExpiresAtAttribute = "expiresAt";
    public const string SuppressedAttribute = "suppressed";
    private const int MaxAttempts = 3;

    public async Task<DedupeClaim> TryClaimAsync(string key, TimeSpan window, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        if (window <= TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(window), window, "the dedupe window must be positive");
        try
        {
            // The counter update is conditional on the item existing; if TTL removed it in between, claiming again is right.
            for (var attempt = 1; ; attempt++)
            {
                if (await TryPutAsync(key, window, now, cancellationToken) is { } claimed) return claimed;
                if (await TryCountAsync(key, cancellationToken) is { } duplicate) return duplicate;
                if (attempt == MaxAttempts)
                    throw new DedupeStoreUnavailableException($"dedupe table '{tableName}': the window item for a key kept appearing and disappearing ({MaxAttempts} attempts)");
            }
        }
        catch (AmazonServiceException e)
        {
            throw new DedupeStoreUnavailableException($"dedupe table '{tableName}' answered {e.ErrorCode} (HTTP {(int)e.StatusCode})", e);
        }
        catch (AmazonClientException e)
        {
            throw new DedupeStoreUnavailableException($"dedupe table '{tableName}' could not be called", e);
        }
        catch (HttpRequestException e)
        {
            throw new DedupeStoreUnavailableException($"dedupe table '{tableName}' could not be reached", e);
        }
    }

    private async Task<DedupeClaim?> TryPutAsync(string key, TimeSpan window, DateTimeOffset now, CancellationToken cancellationToken)
    {
        try
        {
            var response = await dynamo.PutItemAsync(new PutItemRequest
            {
                TableName = tableName,
                Item = new Dictionary<string, AttributeValue>
                {
                    [KeyAttribute] = new() { S = key },
                    [ExpiresAtAttribute] = new() { N = (now + window).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture) },
                    [SuppressedAttribute] = new() { N = "0" },
                },
                ConditionExpression = $"attribute_not_exists({KeyAttribute}) OR {ExpiresAtAttribute} < :now",
                ExpressionAttributeValues = new Dictionary<string, AttributeValue>
                {
                    [":now"] = new() { N = now.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture) },
                },
                ReturnValues = ReturnValue.ALL_OLD,
            }, cancellationToken);
            return DedupeClaim.NewWindow(ReadCount(response.Attributes));
        }
        catch (ConditionalCheckFailedException)
        {
            return null;
        }
    }

    private async Task<DedupeClaim?> TryCountAsync(string key, CancellationToken cancellationToken)
    {
        try
        {
            var response = await dynamo.UpdateItemAsync(new UpdateItemRequest
            {
                TableName = tableName,
                Key = new Dictionary<string, AttributeValue> { [KeyAttribute] = new() { S = key } },
                UpdateExpression = $"ADD {SuppressedAttribute} :one",
                ConditionExpression = $"attribute_exists({KeyAttribute})",
                ExpressionAttributeValues = new Dictionary<string, AttributeValue> { [":one"] = new() { N = "1" } },
                ReturnValues = ReturnValue.UPDATED_NEW,
            }, cancellationToken);
            return DedupeClaim.Duplicate(ReadCount(response.Attributes));
        }
        catch (ConditionalCheckFailedException)
        {
            return null;
        }
    }

    private static long ReadCount(Dictionary<string, AttributeValue>? attributes) =>
        attributes is not null && attributes.TryGetValue(SuppressedAttribute, out var value) && long.TryParse(value.N, System.Globalization.CultureInfo.InvariantCulture, out var count)
            ? count
            : 0;
}
