namespace ActivityAware.Local.Input;

/// <summary>One input to replay (a file, an S3 object, stdin), opened only when its turn comes.</summary>
public interface IInputSource
{
    /// <summary>How messages name the input: the path as given, an <c>s3://</c> URI, or <c>stdin</c>.</summary>
    string Name { get; }

    /// <summary>The raw bytes as stored (possibly gzip-compressed); see <see cref="DecompressingOpener"/>.</summary>
    Task<Stream> OpenAsync(CancellationToken cancellationToken);
}
