using ActivityAware.Core.CloudTrail.Reading;
using ActivityAware.Testing;

namespace ActivityAware.Core.Tests.CloudTrail.Reading;

public sealed class DigestFileTests
{
    private static string Digest() => File.ReadAllText(RepositoryRoot.Combine("tests", "fixtures", "cloudtrail", "real-shapes", "digest-file.json"));

    [Fact]
    public async Task ReadAsync_DigestFile_IsSkippedWithItsReasonNotFailed()
    {
        var run = await ReaderRun.OfAsync(Digest());

        Assert.Empty(run.Failures);
        Assert.Empty(run.Records);
        Assert.Equal(DigestFile.SkipReason, Assert.Single(run.Items).Skipped);
    }

    [Fact]
    public async Task ReadAsync_DigestInSmallChunks_IsSkipped()
    {
        var run = await ReaderRun.OfAsync(Digest(), CloudTrailReaderOptions.Default with { ReadBufferBytes = 64 }, chunk: 7);

        Assert.Equal(DigestFile.SkipReason, Assert.Single(run.Items).Skipped);
    }

    [Theory]
    // A record whose parameters happen to carry digest-like names is still a record.
    [InlineData("""{"eventSource":"s3.amazonaws.com","eventName":"PutObject","digestStartTime":"x","digestEndTime":"y","logFiles":[]}""")]
    // Without the log files it signs, an object is no digest: it fails as any other object that is not a record.
    [InlineData("""{"digestStartTime":"x","digestEndTime":"y"}""")]
    public async Task ReadAsync_ObjectThatIsNotADigest_IsNotSkipped(string json)
    {
        var run = await ReaderRun.OfAsync(json);

        Assert.DoesNotContain(run.Items, i => i.Skipped is not null);
    }
}
