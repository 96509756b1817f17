using System.Text;
using Amazon.S3;
using Amazon.S3.Model;

namespace ActivityAware.Local.Asl.Tasks;

/// <summary>The S3 calls of a Distributed Map through the AWS SDK (the client from <c>S3ClientFactory</c>: moto or MinIO with an endpoint URL).</summary>
public sealed class SdkS3ObjectStore(IAmazonS3 client) : IS3ObjectStore
{
    public async Task<string> GetObjectTextAsync(string bucket, string key, CancellationToken cancellationToken)
    {
        using var response = await client.GetObjectAsync(new GetObjectRequest { BucketName = bucket, Key = key }, cancellationToken).ConfigureAwait(false);
        using var reader = new StreamReader(response.ResponseStream, Encoding.UTF8);
        return await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<S3ListedObject>> ListObjectsAsync(string bucket, string? prefix, CancellationToken cancellationToken)
    {
        var objects = new List<S3ListedObject>();
        var request = new ListObjectsV2Request { BucketName = bucket, Prefix = prefix };
        do
        {
            var page = await client.ListObjectsV2Async(request, cancellationToken).ConfigureAwait(false);
            foreach (var o in page.S3Objects ?? [])
            {
                objects.Add(new S3ListedObject(o.Key, o.ETag, new DateTimeOffset(DateTime.SpecifyKind(o.LastModified ?? default, DateTimeKind.Utc)),
                    o.Size ?? 0, o.StorageClass?.Value ?? "STANDARD"));
            }
            request.ContinuationToken = page.IsTruncated == true ? page.NextContinuationToken : null;
        }
        while (request.ContinuationToken is not null);
        return objects;
    }

    public Task PutObjectAsync(string bucket, string key, string body, CancellationToken cancellationToken) =>
        client.PutObjectAsync(new PutObjectRequest { BucketName = bucket, Key = key, ContentBody = body, ContentType = "application/json" }, cancellationToken);
}
