using ActivityAware.Testing;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;

namespace ActivityAware.Local.Tests.Replay;

/// <summary><c>replay s3://bucket/prefix</c> against moto_server, through the SDK's AWS_ENDPOINT_URL configuration.</summary>
public sealed class ReplayFromS3ProcessTests(MotoServer moto) : IClassFixture<MotoServer>
{
    private const string Bucket = "org-trail-logs";

    private async Task UploadSampleLogsAsync()
    {
        await moto.ResetAsync();
        using var client = new AmazonS3Client(new BasicAWSCredentials("testing", "testing"),
            new AmazonS3Config { ServiceURL = moto.Endpoint.ToString(), ForcePathStyle = true, AuthenticationRegion = MotoServer.Region });
        await client.PutBucketAsync(Bucket);
        var root = RepositoryRoot.Combine("samples", "logs");
        foreach (var file in Directory.EnumerateFiles(Path.Combine(root, "AWSLogs"), "*", SearchOption.AllDirectories))
        {
            var key = Path.GetRelativePath(root, file).Replace('\\', '/');
            await client.PutObjectAsync(new PutObjectRequest { BucketName = Bucket, Key = key, FilePath = file });
        }
    }

    [Fact]
    public async Task Replay_S3Prefix_ReadsEveryLogObjectSkipsDigestsAndReportsTheAlerts()
    {
        await UploadSampleLogsAsync();

        var result = await ReplayProcess.RunAsync(["replay", $"s3://{Bucket}/AWSLogs/", "--format", "jsonl"], environment: moto.Environment);

        Assert.Equal(0, result.ExitCode);
        var alerts = AlertLines.Parse(result.StdoutLines);
        Assert.Equal(17, alerts.Count); // the three log files under AWSLogs/: 3 + 2 alerts, and 12 from the probing of a leaked key
        Assert.All(alerts, a => Assert.StartsWith($"s3://{Bucket}/AWSLogs/111122223333/CloudTrail/", a.GetProperty("source").GetString()));
        Assert.Matches(@"files skipped \(no events\)\s*│\s*1\s", result.Stderr);
        Assert.Matches(@"CloudTrail digest file\s*│\s*1\s", result.Stderr);
    }

    [Fact]
    public async Task Replay_MissingBucket_ExitsOneNamingTheS3Error()
    {
        await moto.ResetAsync();

        var result = await ReplayProcess.RunAsync(["replay", "s3://no-such-bucket/AWSLogs/", "--format", "jsonl"], environment: moto.Environment);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error: s3://no-such-bucket/AWSLogs/: cannot list the objects: NoSuchBucket", result.Stderr);
    }
}
