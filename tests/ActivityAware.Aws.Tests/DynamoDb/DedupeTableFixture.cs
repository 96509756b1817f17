using ActivityAware.Aws.DynamoDb;
using ActivityAware.Testing;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Amazon.Runtime;

namespace ActivityAware.Aws.Tests.DynamoDb;

/// <summary>A fresh dedupe table in moto_server, shaped as the template's (hash key <c>pk</c>), and clients for it.</summary>
internal static class DedupeTableFixture
{
    public static async Task<string> CreateAsync(IAmazonDynamoDB dynamo)
    {
        var table = "dedupe-" + Guid.NewGuid().ToString("N")[..8];
        await dynamo.CreateTableAsync(new CreateTableRequest
        {
            TableName = table,
            KeySchema = [new KeySchemaElement(DynamoDbDedupeStore.KeyAttribute, KeyType.HASH)],
            AttributeDefinitions = [new AttributeDefinition(DynamoDbDedupeStore.KeyAttribute, ScalarAttributeType.S)],
            BillingMode = BillingMode.PAY_PER_REQUEST,
        });
        return table;
    }

    /// <param name="retries">0 by default, so a test sees every failure; the SDK's own default is 3.</param>
    public static AmazonDynamoDBClient Client(Uri endpoint, int retries = 0) => new(
        new BasicAWSCredentials("testing", "testing"),
        new AmazonDynamoDBConfig { ServiceURL = endpoint.ToString(), AuthenticationRegion = MotoServer.Region, MaxErrorRetry = retries, Timeout = TimeSpan.FromSeconds(60) });
}
