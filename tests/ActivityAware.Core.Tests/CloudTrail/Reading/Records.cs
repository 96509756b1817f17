using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace ActivityAware.Core.Tests.CloudTrail.Reading;

/// <summary>Small CloudTrail records and envelopes for reader tests.</summary>
internal static class Records
{
    public static string Record(string id, string eventName = "GetObject", string? errorCode = null) =>
        JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["eventVersion"] = "1.10",
            ["eventID"] = id,
            ["eventTime"] = "2026-11-27T10:00:00Z",
            ["eventSource"] = "s3.amazonaws.com",
            ["eventName"] = eventName,
            ["awsRegion"] = "us-east-1",
            ["userIdentity"] = new Dictionary<string, object> { ["type"] = "IAMUser", ["userName"] = "alice" },
            ["errorCode"] = errorCode,
            ["requestParameters"] = new Dictionary<string, object> { ["bucketName"] = "b", ["nested"] = new[] { 1, 2, 3 } },
        });

    public static string EventBridge(string record, string detailType = "AWS API Call via CloudTrail") =>
        $$"""{"version":"0","id":"e-1","detail-type":"{{detailType}}","source":"aws.s3","account":"111122223333","time":"2026-11-27T10:00:00Z","region":"us-east-1","resources":[],"detail":{{record}}}""";

    public static string LookupEntry(string record) =>
        JsonSerializer.Serialize(new Dictionary<string, object> { ["EventId"] = "x", ["EventName"] = "GetObject", ["CloudTrailEvent"] = record });

    public static byte[] Gzip(string text)
    {
        var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Fastest))
            gzip.Write(Encoding.UTF8.GetBytes(text));
        return compressed.ToArray();
    }

    public static string LogFile(params string[] records) => $$"""{"Records":[{{string.Join(",", records)}}]}""";
}
