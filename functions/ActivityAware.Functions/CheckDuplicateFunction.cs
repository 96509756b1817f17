using ActivityAware.Aws.DynamoDb;
using ActivityAware.Core.Deduplication;
using ActivityAware.Core.Json;
using ActivityAware.Core.Pipeline;
using ActivityAware.Functions.Hosting;
using Amazon.DynamoDBv2;

namespace ActivityAware.Functions;

/// <summary>
/// "Check duplicate": <c>NormalizeOutput</c> → <c>DedupeOutput</c>; burst counters and dedupe windows in the DynamoDB table; fails open
/// when the table cannot answer.
/// </summary>
public sealed class CheckDuplicateFunction(DeduplicationStep step, StepLog log)
{
    public CheckDuplicateFunction() : this(FunctionEnvironment.Process, StepLog.FromEnvironment(FunctionEnvironment.Process, nameof(CheckDuplicateFunction))) { }

    private CheckDuplicateFunction(FunctionEnvironment environment, StepLog log) : this(
        new AmazonDynamoDBClient(), environment.Required(SettingNames.DedupeTable, "the dedupe table name"), environment, log) { }

    private CheckDuplicateFunction(IAmazonDynamoDB dynamo, string table, FunctionEnvironment environment, StepLog log) : this(
        new DeduplicationStep(
            new DynamoDbDedupeStore(dynamo, table),
            new DynamoDbBurstStore(dynamo, table),
            environment.RequiredMinutes(SettingNames.DedupeWindowMinutes),
            TimeProvider.System,
            e => log.Warning("dedupe store unavailable; failing open", null, null, e)),
        log) { }

    public async Task<Stream> Handle(Stream input)
    {
        var normalized = await FunctionsJson.ReadAsync(input, CoreJsonContext.Default.NormalizeOutput);
        var output = await step.RunAsync(normalized);
        log.Info(output.Dedupe.BelowThreshold ? "below burst threshold" : output.Dedupe.Duplicate ? "duplicate" : "new alert", output.Alert.Event.EventId, LeadRule.IdOf(output.Alert),
            $"suppressed={output.Dedupe.SuppressedCount} failedOpen={output.Dedupe.FailedOpen}");
        return FunctionsJson.Write(output, CoreJsonContext.Default.DedupeOutput);
    }
}
