using System.Globalization;
using System.Text.Json.Nodes;
using ActivityAware.Local.Asl.Definition;
using ActivityAware.Local.Asl.Tasks;

namespace ActivityAware.Local.Asl.Distributed;

/// <summary>
/// Writes a Map Run's results to S3 as a ResultWriter does (developer guide, "ResultWriter (Map)"): under <c>PREFIX/MAPRUNID/</c>, the child
/// executions that succeeded in <c>SUCCEEDED_0.json</c>, those that failed in <c>FAILED_0.json</c>, and <c>manifest.json</c> naming both;
/// the Map state's result is then <c>{"MapRunArn", "ResultWriterDetails": {"Bucket", "Key"}}</c> instead of the outputs.
/// Anything that keeps them from being written is States.ResultWriterFailed.
/// </summary>
internal static class ResultWriterRunner
{
    public const string ResultWriterFailed = "States.ResultWriterFailed";

    public static async Task<JsonNode> WriteAsync(ResultWriterDefinition writer, EvaluationScope scope, IS3ObjectStore? s3, string mapRunArn,
        IReadOnlyList<ChildRun> children, CancellationToken ct)
    {
        var parameters = writer.Parameters.Evaluate(scope) as JsonObject ?? [];
        if (!AslJson.TryGetString(parameters["Bucket"], out var bucket))
            throw new StatesErrorException(ResultWriterFailed, $"the ResultWriter Parameters must give Bucket as a string, not {AslJson.Serialize(parameters["Bucket"])}");
        var prefix = AslJson.TryGetString(parameters["Prefix"], out var p) ? p : "";
        if (prefix.Length > 0 && !prefix.EndsWith('/'))
            prefix += "/";
        if (s3 is null)
            throw new StatesErrorException(ResultWriterFailed, "no S3 is bound to the local interpreter (InterpreterBindings.S3)");
        var folder = $"{prefix}{mapRunArn[(mapRunArn.LastIndexOf(':') + 1)..]}/";
        var files = new JsonObject { ["FAILED"] = new JsonArray(), ["PENDING"] = new JsonArray(), ["SUCCEEDED"] = new JsonArray() };
        foreach (var (status, succeeded) in new[] { ("SUCCEEDED", true), ("FAILED", false) })
        {
            var records = children.Where(c => c.Succeeded == succeeded).Select(c => (JsonNode?)Record(c)).ToArray();
            if (records.Length == 0)
                continue;
            var key = $"{folder}{status}_0.json";
            var body = AslJson.Serialize(new JsonArray(records));
            await Put(s3, bucket, key, body, ct);
            ((JsonArray)files[status]!).Add(new JsonObject { ["Key"] = key, ["Size"] = System.Text.Encoding.UTF8.GetByteCount(body) });
        }
        var manifestKey = $"{folder}manifest.json";
        var manifest = new JsonObject { ["DestinationBucket"] = bucket, ["MapRunArn"] = mapRunArn, ["ResultFiles"] = files };
        await Put(s3, bucket, manifestKey, AslJson.Serialize(manifest), ct);
        return new JsonObject { ["MapRunArn"] = mapRunArn, ["ResultWriterDetails"] = new JsonObject { ["Bucket"] = bucket, ["Key"] = manifestKey } };
    }

    private static async Task Put(IS3ObjectStore s3, string bucket, string key, string body, CancellationToken ct)
    {
        try
        {
            await s3.PutObjectAsync(bucket, key, body, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            throw new StatesErrorException(ResultWriterFailed, e.Message, e);
        }
    }

    /// <summary>One child execution as DescribeExecution shows it, input and output as JSON text.</summary>
    private static JsonObject Record(ChildRun c)
    {
        var record = new JsonObject
        {
            ["ExecutionArn"] = c.ExecutionArn,
            ["Input"] = AslJson.Serialize(c.Input),
            ["InputDetails"] = new JsonObject { ["Included"] = true },
            ["Name"] = c.Name,
        };
        if (c.Succeeded)
        {
            record["Output"] = AslJson.Serialize(c.Output);
            record["OutputDetails"] = new JsonObject { ["Included"] = true };
        }
        else
        {
            record["Error"] = c.Error;
            record["Cause"] = c.Cause;
        }
        record["StartDate"] = Timestamp(c.Start);
        record["StateMachineArn"] = c.StateMachineArn;
        record["Status"] = c.Succeeded ? "SUCCEEDED" : "FAILED";
        record["StopDate"] = Timestamp(c.Stop);
        return record;
    }

    private static string Timestamp(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
