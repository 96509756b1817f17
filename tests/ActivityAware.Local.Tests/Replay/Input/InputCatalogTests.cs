using ActivityAware.Aws.S3;
using ActivityAware.Local.Input;

namespace ActivityAware.Local.Tests.Replay.Input;

public sealed class InputCatalogTests
{
    private static readonly InputCatalog Catalog = new(
        () => throw new InvalidOperationException("no S3 in this test"),
        () => new MemoryStream("{}"u8.ToArray()));

    private static async Task<List<InputEntry>> EnumerateAsync(params string[] paths)
    {
        var entries = new List<InputEntry>();
        await foreach (var entry in Catalog.EnumerateAsync(paths)) entries.Add(entry);
        return entries;
    }

    [Fact]
    public async Task EnumerateAsync_Directory_ListsFilesRecursivelyInOrdinalOrderAndSkipsDigests()
    {
        using var directory = new TempDirectory();
        foreach (var relative in new[] { "b/2.json", "a/z.json.gz", "B.json", "a/CloudTrail-Digest/d.json.gz", "c/x_CloudTrail-Digest_y.json.gz" })
        {
            var path = directory.Combine(relative.Split('/'));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await File.WriteAllTextAsync(path, "{}");
        }

        var entries = await EnumerateAsync(directory.Path);

        Assert.Equal(["B.json", "a/z.json.gz", "b/2.json"],
            entries.Where(e => e.Source is not null).Select(e => Path.GetRelativePath(directory.Path, e.Name).Replace('\\', '/')));
        Assert.Equal(2, entries.Count(e => e.SkipReason == "CloudTrail digest file"));
    }

    [Fact]
    public async Task EnumerateAsync_PathsInGivenOrder_KeepThatOrder()
    {
        using var directory = new TempDirectory();
        await File.WriteAllTextAsync(directory.Combine("z.json"), "{}");
        await File.WriteAllTextAsync(directory.Combine("a.json"), "{}");

        var entries = await EnumerateAsync(directory.Combine("z.json"), "-", directory.Combine("a.json"), directory.Combine("missing.json"));

        Assert.Equal([directory.Combine("z.json"), "stdin", directory.Combine("a.json"), directory.Combine("missing.json")], entries.Select(e => e.Name));
        Assert.IsType<StandardInputSource>(entries[1].Source);
        Assert.Equal("no such file or directory", entries[3].Error);
    }

    [Fact]
    public async Task EnumerateAsync_BadS3Uri_FailsWithoutCallingS3()
    {
        var entry = Assert.Single(await EnumerateAsync("s3://x"));

        Assert.Null(entry.Source);
        Assert.Contains("bucket name has 3 to 63 characters", entry.Error);
    }

    [Theory]
    [InlineData("AWSLogs/1/CloudTrail-Digest/us-east-1/2026/11/27/f.json.gz", "CloudTrail digest file")]
    [InlineData("1_CloudTrail-Digest_us-east-1_trail_us-east-1_20261127T100000Z.json.gz", "CloudTrail digest file")]
    [InlineData("AWSLogs/1/CloudTrail/us-east-1/2026/11/27/1_CloudTrail_us-east-1_20261127T0915Z_x.json.gz", null)]
    [InlineData("notes/CloudTrail-Digest-howto.md", null)]
    [InlineData("logs/AWSLogs/123456789012/CloudTrail/us-east-1/2026/11/27/f.json.gz", null)]
    [InlineData("AWSLogs/o-a1b2c3d4e5/123456789012/CloudTrail/us-east-1/2026/11/27/f.json.gz", null)]
    [InlineData("AWSLogs/123456789012/CloudTrail-Insight/us-east-1/2026/11/27/f.json.gz", null)]
    [InlineData("AWSLogs/123456789012/Config/us-east-1/2026/11/27/ConfigSnapshot/f.json.gz", "Config logs, not CloudTrail")]
    [InlineData("AWSLogs/123456789012/Config/ConfigWritabilityCheckFile", "Config logs, not CloudTrail")]
    [InlineData(@"C:\bucket\AWSLogs\o-a1b2c3d4e5\123456789012\elasticloadbalancing\us-east-1\f.log.gz", "elasticloadbalancing logs, not CloudTrail")]
    [InlineData("AWSLogs/123456789012/vpcflowlogs/us-east-1/2026/11/27/f.log.gz", "vpcflowlogs logs, not CloudTrail")]
    [InlineData("AWSLogs/123456789012/Config", null)]
    [InlineData("AWSLogs/not-an-account/Config/f.json", null)]
    public void SkipReason_Path_SkipsDigestsAndOtherServicesLogsInAnAwsLogsLayout(string path, string? expected)
    {
        Assert.Equal(expected, NonEventFiles.SkipReason(path));
    }

    [Fact]
    public void S3Prefix_UriOf_NamesTheObject()
    {
        Assert.Equal("s3://bucket-1/AWSLogs/x.json.gz", new S3Prefix("bucket-1", "AWSLogs/").UriOf("AWSLogs/x.json.gz"));
    }
}
