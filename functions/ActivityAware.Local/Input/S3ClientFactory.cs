using Amazon.S3;

namespace ActivityAware.Local.Input;

/// <summary>
/// The S3 client for <c>s3://</c> inputs: the SDK's usual credential and region chain; with <c>AWS_ENDPOINT_URL_S3</c> or
/// <c>AWS_ENDPOINT_URL</c> set (moto, MinIO) requests go there with path-style addressing, which such endpoints need.
/// </summary>
public static class S3ClientFactory
{
    public static IAmazonS3 Create(Func<string, string?> environment)
    {
        var endpoint = environment("AWS_ENDPOINT_URL_S3") ?? environment("AWS_ENDPOINT_URL");
        if (string.IsNullOrEmpty(endpoint)) return new AmazonS3Client();
        var config = new AmazonS3Config { ServiceURL = endpoint, ForcePathStyle = true };
        var region = environment("AWS_REGION") ?? environment("AWS_DEFAULT_REGION");
        if (!string.IsNullOrEmpty(region)) config.AuthenticationRegion = region;
        return new AmazonS3Client(config);
    }
}
