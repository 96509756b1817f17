using ActivityAware.Aws.S3;

namespace ActivityAware.Local.Input;

public sealed class S3InputSource(S3ObjectSource objects, S3Location location, string key) : IInputSource
{
    public string Name => location.UriOf(key);

    public Task<Stream> OpenAsync(CancellationToken cancellationToken) => objects.OpenAsync(location.Bucket, key, cancellationToken);
}
