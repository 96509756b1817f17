using System.Text.Json;
using System.Text.RegularExpressions;
using ActivityAware.Core.CloudTrail;
using static ActivityAware.Core.Normalization.JsonElementReader;

namespace ActivityAware.Core.Enrichment;

/// <summary>
/// The ARN of the resource a denied call named in its request parameters, in the shape the Service Authorization Reference documents,
/// for the services whose denials often say no more than "Access Denied" (S3 across accounts, SQS's "Access to the resource … is
/// denied") or carry no <c>resources</c> array. Null when the parameters do not name one, or a value does not look like a name.
/// </summary>
internal static partial class RequestResourceArn
{
    public static string? For(NormalizedEvent normalized, string service)
    {
        if (normalized.RequestParameters is not { ValueKind: JsonValueKind.Object } request) return null;
        var partition = Partition(normalized.AwsRegion);
        var region = normalized.AwsRegion is { } r && Name().IsMatch(r) ? r : null;
        var account = normalized.RecipientAccountId is { Length: 12 } a && a.All(char.IsAsciiDigit) ? a : null;
        var arn = service switch
        {
            "s3" => S3(partition, Text(request, "bucketName"), Text(request, "key")),
            "sqs" => Sqs(partition, Text(request, "queueUrl")),
            "sns" => Given(Text(request, "topicArn"), "sns"),
            "secretsmanager" => Given(Text(request, "secretId"), "secretsmanager"),
            "lambda" => Given(Text(request, "functionName"), "lambda")
                ?? Regional(partition, "lambda", region, account, "function:", Text(request, "functionName")),
            "dynamodb" => Given(Text(request, "tableName"), "dynamodb")
                ?? Regional(partition, "dynamodb", region, account, "table/", Text(request, "tableName")),
            "kms" => Given(Text(request, "keyId"), "kms") ?? KmsKey(partition, region, account, Text(request, "keyId")),
            _ => null,
        };
        return arn is not null && arn.Length <= 2048 ? arn : null;
    }

    private static string? Text(JsonElement request, string name) => String(request, name) is { Length: > 0 } text ? text : null;

    /// <summary>Buckets have no region or account in their ARN; a key is kept as written (spaces included), a bucket name must be one.</summary>
    private static string? S3(string partition, string? bucket, string? key) =>
        bucket is not null && BucketName().IsMatch(bucket)
            ? key is null ? $"arn:{partition}:s3:::{bucket}" : $"arn:{partition}:s3:::{bucket}/{key}"
            : null;

    /// <summary><c>https://sqs.us-east-1.amazonaws.com/123456789012/jobs</c> → <c>arn:aws:sqs:us-east-1:123456789012:jobs</c>.</summary>
    private static string? Sqs(string partition, string? queueUrl) =>
        queueUrl is not null && QueueUrl().Match(queueUrl) is { Success: true } m
            ? $"arn:{partition}:sqs:{m.Groups["region"].Value}:{m.Groups["account"].Value}:{m.Groups["name"].Value}"
            : null;

    private static string? Given(string? value, string service) =>
        value is not null && value.StartsWith("arn:", StringComparison.Ordinal) && value.Split(':') is { Length: >= 6 } parts
            && parts[2] == service && GivenArn().IsMatch(value)
            ? value
            : null;

    private static string? Regional(string partition, string service, string? region, string? account, string resourcePrefix, string? name) =>
        region is not null && account is not null && name is not null && Name().IsMatch(name)
            ? $"arn:{partition}:{service}:{region}:{account}:{resourcePrefix}{name}"
            : null;

    private static string? KmsKey(string partition, string? region, string? account, string? keyId) =>
        keyId is not null && KeyId().IsMatch(keyId) ? Regional(partition, "kms", region, account, "key/", keyId) : null;

    private static string Partition(string? region) =>
        region?.StartsWith("cn-", StringComparison.Ordinal) == true ? "aws-cn"
        : region?.StartsWith("us-gov-", StringComparison.Ordinal) == true ? "aws-us-gov"
        : "aws";

    [GeneratedRegex("^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$")]
    private static partial Regex BucketName();

    [GeneratedRegex(@"^https://(?:sqs\.)?(?<region>[a-z0-9-]{1,32})\.(?:queue\.)?amazonaws\.com(?:\.cn)?/(?<account>\d{12})/(?<name>[A-Za-z0-9_-]{1,80}(?:\.fifo)?)$")]
    private static partial Regex QueueUrl();

    [GeneratedRegex(@"^[A-Za-z0-9_.-]{1,256}$")]
    private static partial Regex Name();

    [GeneratedRegex("^(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|mrk-[0-9a-f]{32})$")]
    private static partial Regex KeyId();

    [GeneratedRegex(@"^arn:aws[a-z-]*:[a-z0-9-]{1,64}:[a-z0-9-]*:[0-9]*:[A-Za-z0-9_+=,.@\-/:]{1,1024}$")]
    private static partial Regex GivenArn();
}
