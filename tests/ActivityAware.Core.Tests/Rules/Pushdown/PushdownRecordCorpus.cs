using System.IO.Compression;
using System.Text.Json.Nodes;
using ActivityAware.Core.CloudTrail.Reading;
using ActivityAware.Core.Rules;
using ActivityAware.Core.Tests.Rules.Projection;
using ActivityAware.Testing;

namespace ActivityAware.Core.Tests.Rules.Pushdown;

/// <summary>Real-shaped CloudTrail records for pushdown checks: the pack's examples and variations of them, the sample logs, and a grid of edge cases.</summary>
internal static class PushdownRecordCorpus
{
    private static readonly string?[] Sources =
    [
        "iam.amazonaws.com", "ec2.amazonaws.com", "s3.amazonaws.com", "lambda.amazonaws.com", "cloudtrail.amazonaws.com",
        "signin.amazonaws.com", "logs.amazonaws.com", "sts.amazonaws.com", "ssm.amazonaws.com", null,
    ];

    private static readonly string?[] Names =
    [
        "CreateVpc", "AttachRolePolicy", "StopLogging", "CreateUser", "PutBucketPolicy", "UpdateFunctionCode20150331v2", "ConsoleLogin",
        "CreateLogStream", "CreateNetworkInterface", "UpdateInstanceInformation", "StartQuery", "CreateTags", "GetCallerIdentity", null,
    ];

    private static readonly JsonNode?[] ErrorCodes = ["absent", null, "AccessDenied", "Client.UnauthorizedOperation", "ThrottlingException"];

    private static readonly Func<JsonObject?>[] Identities =
    [
        () => null,
        () => new JsonObject { ["type"] = "Root" },
        () => new JsonObject { ["type"] = "Root", ["invokedBy"] = "support.amazonaws.com" },
        () => new JsonObject { ["type"] = "IAMUser" },
        () => new JsonObject { ["principalId"] = "AIDAEXAMPLE" },
        () => new JsonObject { ["type"] = null },
    ];

    private static readonly string[] EventTypes = ["AwsApiCall", "AwsServiceEvent", "AwsConsoleSignIn"];

    public static IEnumerable<string> Examples(RulePack pack) => pack.Rules.SelectMany(r => r.Examples).Select(e => e.RecordJson);

    public static IEnumerable<string> Variations(RulePack pack, int perExample)
    {
        var mutator = new RecordMutator(seed: 20261203);
        return Examples(pack).SelectMany(e => Enumerable.Range(0, perExample).Select(_ => mutator.Mutate(e))).ToList();
    }

    public static IEnumerable<string> Grid() => Grid(Sources, Names);

    public static IEnumerable<string> Grid(IReadOnlyList<string?> sources, IReadOnlyList<string?> names)
    {
        foreach (var source in sources)
        foreach (var name in names)
        foreach (var error in ErrorCodes)
        foreach (var identity in Identities)
        foreach (var type in EventTypes)
        {
            var record = new JsonObject { ["eventVersion"] = "1.09", ["eventType"] = type, ["eventTime"] = "2026-12-03T08:00:00Z" };
            if (source is not null) record["eventSource"] = source;
            if (name is not null) record["eventName"] = name;
            if (error is not JsonValue value || value.GetValue<string>() != "absent") record["errorCode"] = error?.DeepClone();
            if (identity() is { } userIdentity) record["userIdentity"] = userIdentity;
            yield return record.ToJsonString();
        }
    }

    public static async Task<List<string>> SampleLogsAsync()
    {
        var records = new List<string>();
        var files = Directory.GetFiles(RepositoryRoot.Combine("samples", "logs"), "*", SearchOption.AllDirectories)
            .Where(f => !f.Contains("Digest", StringComparison.Ordinal) && (f.EndsWith(".json", StringComparison.Ordinal) || f.EndsWith(".jsonl", StringComparison.Ordinal) || f.EndsWith(".gz", StringComparison.Ordinal)));
        foreach (var file in files)
        {
            await using var stream = file.EndsWith(".gz", StringComparison.Ordinal)
                ? new GZipStream(File.OpenRead(file), CompressionMode.Decompress)
                : (Stream)File.OpenRead(file);
            await foreach (var item in new CloudTrailStreamReader().ReadAsync(stream, file))
            {
                if (item.Record is { } record) records.Add(System.Text.Encoding.UTF8.GetString(record.Json.Span));
            }
        }
        return records;
    }
}
