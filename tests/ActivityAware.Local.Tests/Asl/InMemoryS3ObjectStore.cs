using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using ActivityAware.Local.Asl.Tasks;

namespace ActivityAware.Local.Tests.Asl;

/// <summary>
/// S3 objects held in memory, for runs and tests that need a Distributed Map's ItemReader or ResultWriter without an S3 endpoint.
/// A missing bucket or key fails as S3 does, naming the error code.
/// </summary>
internal sealed class InMemoryS3ObjectStore(TimeProvider time) : IS3ObjectStore
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, (string Body, DateTimeOffset Modified)>> _buckets = new(StringComparer.Ordinal);

    public InMemoryS3ObjectStore() : this(TimeProvider.System)
    {
    }

    public void CreateBucket(string bucket) => _buckets.TryAdd(bucket, new ConcurrentDictionary<string, (string, DateTimeOffset)>(StringComparer.Ordinal));

    public IReadOnlyDictionary<string, string> Objects(string bucket) =>
        Bucket(bucket).OrderBy(p => p.Key, StringComparer.Ordinal).ToDictionary(p => p.Key, p => p.Value.Body, StringComparer.Ordinal);

    public Task<string> GetObjectTextAsync(string bucket, string key, CancellationToken cancellationToken) =>
        Bucket(bucket).TryGetValue(key, out var o)
            ? Task.FromResult(o.Body)
            : throw new InvalidOperationException($"NoSuchKey: The specified key does not exist. (Bucket: {bucket}, Key: {key})");

    public Task<IReadOnlyList<S3ListedObject>> ListObjectsAsync(string bucket, string? prefix, CancellationToken cancellationToken)
    {
        IReadOnlyList<S3ListedObject> listed = Bucket(bucket)
            .Where(p => prefix is null || p.Key.StartsWith(prefix, StringComparison.Ordinal))
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => new S3ListedObject(p.Key, $"\"{Convert.ToHexStringLower(MD5.HashData(Encoding.UTF8.GetBytes(p.Value.Body)))}\"",
                p.Value.Modified, Encoding.UTF8.GetByteCount(p.Value.Body), "STANDARD"))
            .ToList();
        return Task.FromResult(listed);
    }

    public Task PutObjectAsync(string bucket, string key, string body, CancellationToken cancellationToken)
    {
        Bucket(bucket)[key] = (body, time.GetUtcNow());
        return Task.CompletedTask;
    }

    public void Put(string bucket, string key, string body)
    {
        CreateBucket(bucket);
        Bucket(bucket)[key] = (body, time.GetUtcNow());
    }

    private ConcurrentDictionary<string, (string Body, DateTimeOffset Modified)> Bucket(string bucket) =>
        _buckets.TryGetValue(bucket, out var objects)
            ? objects
            : throw new InvalidOperationException($"NoSuchBucket: The specified bucket does not exist. (Bucket: {bucket})");
}
