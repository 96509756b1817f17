using System.Reflection;
using ActivityAware.Aws.DynamoDb;
using ActivityAware.Core.Deduplication;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace ActivityAware.Aws.Tests.DynamoDb;

/// <summary>The guard moto cannot reach: the window item is present for the put and gone for the counter update, every time.</summary>
public sealed class DynamoDbDedupeStoreRaceTests
{
    [Fact]
    public async Task TryClaimAsync_ItemKeepsVanishing_GivesUpAsUnavailable()
    {
        var dynamo = DispatchProxy.Create<IAmazonDynamoDB, AlwaysConditionFailed>();

        var e = await Assert.ThrowsAsync<DedupeStoreUnavailableException>(() =>
            new DynamoDbDedupeStore(dynamo, "t").TryClaimAsync("k", TimeSpan.FromMinutes(15), DateTimeOffset.UnixEpoch));

        Assert.Contains("3 attempts", e.Message);
        Assert.Equal(6, ((AlwaysConditionFailed)(object)dynamo).Calls);
    }

    public class AlwaysConditionFailed : DispatchProxy
    {
        public int Calls { get; private set; }

        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
        {
            Calls++;
            return targetMethod?.Name switch
            {
                nameof(IAmazonDynamoDB.PutItemAsync) => Task.FromException<PutItemResponse>(new ConditionalCheckFailedException("present")),
                nameof(IAmazonDynamoDB.UpdateItemAsync) => Task.FromException<UpdateItemResponse>(new ConditionalCheckFailedException("gone")),
                _ => throw new NotSupportedException(targetMethod?.Name),
            };
        }
    }
}
