using System.Runtime.CompilerServices;
using Amazon.S3;
using Amazon.S3.Model;

namespace ActivityAware.Aws.S3;

/// <summary>Lists the objects under a prefix (every page, in S3's key order) and opens one as a stream without buffering it.</summary>
public sealed class S3ObjectSource(IAmazonS3 client)
{
    public async IAsyncEnumerable<string> ListKeysAsync(S3Location location, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var request = new ListObjectsV2Request { BucketName = location.Bucket, Prefix = location.Prefix };
        do
        {
            var page = await client.ListObjectsV2Async(request, cancellationToken).ConfigureAwait(false);
            foreach (var item in page.S3Objects ?? [])
            {
                // Zero-byte keys ending in '/' are the console's folder markers, not log files.
                if (item.Key.EndsWith('/') && item.Size == 0) continue;
                yield return item.Key;
            }
            request.ContinuationToken = page.IsTruncated == true ? page.NextContinuationToken : null;
        }
        while (request.ContinuationToken is not null);
    }

    /// <summary>The object's body as it arrives from S3; disposing the stream releases the response.</summary>
    public async Task<Stream> OpenAsync(string bucket, string key, CancellationToken cancellationToken = default)
    {
        var response = await client.GetObjectAsync(new GetObjectRequest { BucketName = bucket, Key = key }, cancellationToken).ConfigureAwait(false);
        return new OwningStream(response.ResponseStream, response);
    }
}
