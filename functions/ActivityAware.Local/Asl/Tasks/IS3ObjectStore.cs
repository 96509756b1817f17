namespace ActivityAware.Local.Asl.Tasks;

/// <summary>
/// The S3 calls a Distributed Map makes: ItemReader's <c>s3:getObject</c> and <c>s3:listObjectsV2</c>, ResultWriter's <c>s3:putObject</c>.
/// Failures are thrown as they come (the SDK's exceptions); the Map turns them into States.ItemReaderFailed or States.ResultWriterFailed.
/// </summary>
public interface IS3ObjectStore
{
    Task<string> GetObjectTextAsync(string bucket, string key, CancellationToken cancellationToken);

    /// <summary>Every object under <paramref name="prefix"/> (all pages), in key order.</summary>
    Task<IReadOnlyList<S3ListedObject>> ListObjectsAsync(string bucket, string? prefix, CancellationToken cancellationToken);

    Task PutObjectAsync(string bucket, string key, string body, CancellationToken cancellationToken);
}
