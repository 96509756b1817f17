using ActivityAware.Aws.DynamoDb;
using ActivityAware.Core.Deduplication;
using ActivityAware.Core.Json;
using ActivityAware.Core.Pipeline;
using ActivityAware.Functions.Hosting;
using Amazon.DynamoDBv2;

namespace ActivityAware.Functions;

/// <summary>"Check duplicate": <c>NormalizeOutput</c> → <c>DedupeOutput</c>, windows in the DynamoDB table; fails open when the table cannot answer.</summary>
public sealed class CheckDuplicateFunction(DeduplicationStep step, StepLog log)
{
    public CheckDuplicateFunction() : this(FunctionEnvironment.Process, StepLog.FromEnvironment(FunctionEnvironment.Process, nameof(CheckDuplicateFunction))) { }

    private CheckDuplicateFunction(FunctionEnvironment environment, StepLog log) : this(
        new DeduplicationStep(
            new DynamoDbDedupeStore(new AmazonDynamoDBClient(), environment.Required(SettingNames.DedupeTable, "the dedupe table name")),
            environment.RequiredMinutes(SettingNames.DedupeWindowMinutes),
            TimeProvider.System,
            e => log.Warning("dedupe store unavailable; failing open", null, null, e)),
        log) { }

    public async Task<Stream> Handle(Stream input)
    {
        var normalized = await FunctionsJson.ReadAsync(input, CoreJsonContext.Default.NormalizeOutput);
        var output = await step.RunAsync(normalized);
        log.Info(output.Dedupe.Duplicate ? "duplicate" : "new alert", output.Alert.Event.EventId, LeadRule.IdOf(output.Alert),
            $"suppressed={output.Dedupe.SuppressedCount} failedOpen={output.Dedupe.FailedOpen}");
        return FunctionsJson.Write(output, CoreJsonContext.Default.DedupeOutput);
    }
}
