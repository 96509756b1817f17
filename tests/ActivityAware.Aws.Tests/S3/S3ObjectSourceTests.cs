using System.Text;
using ActivityAware.Aws.S3;
using ActivityAware.Testing;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;

namespace ActivityAware.Aws.Tests.S3;

public sealed class S3ObjectSourceTests(MotoServer moto) : IClassFixture<MotoServer>, IAsyncLifetime
{
    private const string Bucket = "org-trail-logs";
    private AmazonS3Client _client = null!;

    public async Task InitializeAsync()
    {
        await moto.ResetAsync();
        _client = new AmazonS3Client(new BasicAWSCredentials("testing", "testing"), new AmazonS3Config
        {
            ServiceURL = moto.Endpoint.ToString(),
            ForcePathStyle = true,
            AuthenticationRegion = MotoServer.Region,
        });
        await _client.PutBucketAsync(Bucket);
    }

    public Task DisposeAsync()
    {
        _client.Dispose();
        return Task.CompletedTask;
    }

    private Task PutAsync(string key, string body) =>
        _client.PutObjectAsync(new PutObjectRequest { BucketName = Bucket, Key = key, ContentBody = body });

    [Fact]
    public async Task ListKeysAsync_MorePagesThanOne_ReturnsEveryKeyUnderThePrefixInKeyOrder()
    {
        var keys = Enumerable.Range(0, 7).Select(i => $"AWSLogs/111122223333/CloudTrail/us-east-1/2026/11/27/file-{i:D2}.json.gz").Reverse().ToList();
        foreach (var key in keys) await PutAsync(key, "{}");
        await PutAsync("other/ignored.json", "{}");
        await PutAsync("AWSLogs/111122223333/CloudTrail/folder/", "");

        var listed = new List<string>();
        await foreach (var key in new S3ObjectSource(_client).ListKeysAsync(new S3Prefix(Bucket, "AWSLogs/"), pageSize: 2))
            listed.Add(key);

        Assert.Equal(keys.Order(StringComparer.Ordinal), listed);
    }

    [Fact]
    public async Task OpenAsync_Object_StreamsItsBytes()
    {
        var body = string.Concat(Enumerable.Repeat("{\"Records\":[]}", 10_000));
        await PutAsync("logs/big.json", body);

        await using var stream = await new S3ObjectSource(_client).OpenAsync(Bucket, "logs/big.json");
        using var reader = new StreamReader(stream, Encoding.UTF8);

        Assert.Equal(body, await reader.ReadToEndAsync());
    }

    [Fact]
    public async Task ListKeysAsync_MissingBucket_ThrowsNoSuchBucket()
    {
        var source = new S3ObjectSource(_client);

        var error = await Assert.ThrowsAnyAsync<AmazonS3Exception>(async () =>
        {
            await foreach (var _ in source.ListKeysAsync(new S3Prefix("no-such-bucket", ""))) { }
        });
        Assert.Equal("NoSuchBucket", error.ErrorCode);
    }

    [Theory]
    [InlineData("s3://org-trail-logs/AWSLogs/111122223333/", "org-trail-logs", "AWSLogs/111122223333/")]
    [InlineData("s3://org-trail-logs", "org-trail-logs", "")]
    [InlineData("S3://org-trail-logs/", "org-trail-logs", "")]
    public void TryParse_S3Uri_SplitsBucketAndPrefix(string uri, string bucket, string prefix)
    {
        Assert.Equal(new S3Prefix(bucket, prefix), S3Prefix.TryParse(uri, out var error));
        Assert.Null(error);
    }

    [Theory]
    [InlineData("s3://")]
    [InlineData("s3://ab/x")]
    [InlineData("/local/path")]
    public void TryParse_NotAUsableS3Uri_SaysWhy(string uri)
    {
        Assert.Null(S3Prefix.TryParse(uri, out var error));
        Assert.Contains(uri, error);
    }
}
