using System.Text.RegularExpressions;

namespace ActivityAware.Core.Enrichment;

/// <summary>
/// The IAM action a CloudTrail event needs. Mostly <c>&lt;eventSource prefix&gt;:&lt;eventName&gt;</c>, except where the Service Authorization
/// Reference names it differently: services whose endpoint is not their action prefix, Lambda's dated API versions in eventName
/// (<c>UpdateFunctionCode20150331v2</c>), and S3 operations authorized by another action (<c>ListObjectsV2</c> needs <c>s3:ListBucket</c>).
/// </summary>
internal static partial class IamActionName
{
    private static readonly Dictionary<string, string> PrefixBySource = new(StringComparer.Ordinal)
    {
        ["monitoring"] = "cloudwatch",
        ["email"] = "ses",
        ["tagging"] = "tag",
        // Cloud Control API calls are authorized as CloudFormation actions (cloudformation:CreateResource, …).
        ["cloudcontrolapi"] = "cloudformation",
        ["rdsdata"] = "rds-data",
    };

    private static readonly Dictionary<string, string> S3ActionByEvent = new(StringComparer.Ordinal)
    {
        ["ListBuckets"] = "ListAllMyBuckets",
        ["ListObjects"] = "ListBucket",
        ["ListObjectsV2"] = "ListBucket",
        ["HeadBucket"] = "ListBucket",
        ["ListObjectVersions"] = "ListBucketVersions",
        ["HeadObject"] = "GetObject",
        ["DeleteObjects"] = "DeleteObject",
        ["CopyObject"] = "PutObject",
        ["CreateMultipartUpload"] = "PutObject",
        ["UploadPart"] = "PutObject",
        ["UploadPartCopy"] = "PutObject",
        ["CompleteMultipartUpload"] = "PutObject",
        ["SelectObjectContent"] = "GetObject",
        ["ListMultipartUploads"] = "ListBucketMultipartUploads",
        ["ListParts"] = "ListMultipartUploadParts",
        // Bucket configuration calls whose action is named after the configuration, and deletions authorized by the Put action.
        ["GetBucketEncryption"] = "GetEncryptionConfiguration",
        ["PutBucketEncryption"] = "PutEncryptionConfiguration",
        ["DeleteBucketEncryption"] = "PutEncryptionConfiguration",
        ["GetBucketLifecycle"] = "GetLifecycleConfiguration",
        ["GetBucketLifecycleConfiguration"] = "GetLifecycleConfiguration",
        ["PutBucketLifecycle"] = "PutLifecycleConfiguration",
        ["PutBucketLifecycleConfiguration"] = "PutLifecycleConfiguration",
        ["DeleteBucketLifecycle"] = "PutLifecycleConfiguration",
        ["GetBucketReplication"] = "GetReplicationConfiguration",
        ["PutBucketReplication"] = "PutReplicationConfiguration",
        ["DeleteBucketReplication"] = "PutReplicationConfiguration",
        ["GetBucketCors"] = "GetBucketCORS",
        ["PutBucketCors"] = "PutBucketCORS",
        ["DeleteBucketCors"] = "PutBucketCORS",
        ["DeleteBucketTagging"] = "PutBucketTagging",
        ["DeleteBucketPublicAccessBlock"] = "PutBucketPublicAccessBlock",
        ["GetBucketNotificationConfiguration"] = "GetBucketNotification",
        ["PutBucketNotificationConfiguration"] = "PutBucketNotification",
        ["GetObjectLockConfiguration"] = "GetBucketObjectLockConfiguration",
        ["PutObjectLockConfiguration"] = "PutBucketObjectLockConfiguration",
        ["GetBucketAccelerateConfiguration"] = "GetAccelerateConfiguration",
        ["PutBucketAccelerateConfiguration"] = "PutAccelerateConfiguration",
        ["DeleteAccountPublicAccessBlock"] = "PutAccountPublicAccessBlock",
    };

    /// <summary><c>s3.amazonaws.com</c> → <c>s3</c>; the prefix is checked so an odd eventSource cannot produce an odd action.</summary>
    public static string ServicePrefix(string eventSource)
    {
        var prefix = eventSource.Split('.')[0].ToLowerInvariant();
        if (!ServiceName().IsMatch(prefix)) return "unknown";
        return PrefixBySource.TryGetValue(prefix, out var renamed) ? renamed : prefix;
    }

    public static string For(string eventSource, string eventName)
    {
        var prefix = ServicePrefix(eventSource);
        if (!OperationName().IsMatch(eventName)) return $"{prefix}:*";
        var operation = prefix switch
        {
            // The Invoke data event is authorized by lambda:InvokeFunction; there is no lambda:Invoke action.
            "lambda" when eventName == "Invoke" => "InvokeFunction",
            "lambda" when DatedLambdaOperation().Match(eventName) is { Success: true } dated => dated.Groups["operation"].Value,
            "s3" when S3ActionByEvent.TryGetValue(eventName, out var action) => action,
            _ => eventName,
        };
        return $"{prefix}:{operation}";
    }

    [GeneratedRegex("^[a-z0-9-]{1,64}$")]
    private static partial Regex ServiceName();

    [GeneratedRegex("^[A-Za-z0-9]{1,128}$")]
    private static partial Regex OperationName();

    [GeneratedRegex(@"^(?<operation>[A-Za-z]+?)20\d{6}(?:v\d+)?$")]
    private static partial Regex DatedLambdaOperation();
}
