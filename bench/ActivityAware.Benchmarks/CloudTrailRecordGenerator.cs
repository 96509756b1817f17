using System.IO.Compression;
using System.Text.Json.Nodes;

namespace ActivityAware.Benchmarks;

/// <summary>
/// Realistic CloudTrail log files: mostly read-only calls across many services, some writes, about 2% denials, a few
/// console sign-ins; seeded so every run measures the same bytes.
/// </summary>
public static class CloudTrailRecordGenerator
{
    private static readonly (string Source, string[] Names)[] Services =
    [
        ("ec2.amazonaws.com", ["DescribeInstances", "DescribeSecurityGroups", "DescribeVpcs", "RunInstances", "CreateTags", "AuthorizeSecurityGroupIngress"]),
        ("s3.amazonaws.com", ["GetBucketLocation", "ListBuckets", "GetBucketPolicy", "PutBucketPolicy", "GetBucketAcl"]),
        ("iam.amazonaws.com", ["GetUser", "ListRoles", "ListAttachedRolePolicies", "GetRole", "CreateAccessKey", "AttachRolePolicy"]),
        ("sts.amazonaws.com", ["AssumeRole", "GetCallerIdentity"]),
        ("kms.amazonaws.com", ["Decrypt", "GenerateDataKey", "DescribeKey"]),
        ("lambda.amazonaws.com", ["ListFunctions20150331", "GetFunction20150331v2", "UpdateFunctionCode20150331v2"]),
        ("cloudtrail.amazonaws.com", ["DescribeTrails", "LookupEvents", "GetTrailStatus"]),
        ("logs.amazonaws.com", ["DescribeLogGroups", "CreateLogStream", "FilterLogEvents"]),
        ("dynamodb.amazonaws.com", ["DescribeTable", "ListTables"]),
        ("ssm.amazonaws.com", ["GetParameter", "GetParameters", "DescribeParameters"]),
    ];

    public static byte[] GzippedLogFile(int records, int seed = 42)
    {
        var random = new Random(seed);
        var array = new JsonArray();
        for (var i = 0; i < records; i++) array.Add(Record(random, i));
        var json = new JsonObject { ["Records"] = array }.ToJsonString();
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal))
            gzip.Write(System.Text.Encoding.UTF8.GetBytes(json));
        return output.ToArray();
    }

    private static JsonObject Record(Random random, int index)
    {
        var (source, names) = Services[random.Next(Services.Length)];
        var name = names[random.Next(names.Length)];
        var user = $"user{random.Next(40)}";
        var record = new JsonObject
        {
            ["eventVersion"] = "1.09",
            ["userIdentity"] = new JsonObject
            {
                ["type"] = random.Next(3) == 0 ? "IAMUser" : "AssumedRole",
                ["principalId"] = $"AROAEXAMPLE{index % 97}:{user}",
                ["arn"] = $"arn:aws:sts::123456789012:assumed-role/app/{user}",
                ["accountId"] = "123456789012",
                ["accessKeyId"] = $"ASIAEXAMPLE{index % 1000:D4}",
                ["sessionContext"] = new JsonObject
                {
                    ["sessionIssuer"] = new JsonObject { ["type"] = "Role", ["arn"] = "arn:aws:iam::123456789012:role/app", ["userName"] = "app" },
                    ["attributes"] = new JsonObject { ["creationDate"] = "2026-11-28T11:00:00Z", ["mfaAuthenticated"] = "false" },
                },
            },
            ["eventTime"] = $"2026-11-28T12:{index / 60 % 60:D2}:{index % 60:D2}Z",
            ["eventSource"] = source,
            ["eventName"] = name,
            ["awsRegion"] = "us-east-1",
            ["sourceIPAddress"] = $"198.51.100.{random.Next(255)}",
            ["userAgent"] = "aws-sdk-go-v2/1.30.0 os/linux lang/go#1.22 md/GOOS#linux",
            ["requestParameters"] = new JsonObject { ["maxResults"] = 100, ["filterSet"] = new JsonObject { ["items"] = new JsonArray(new JsonObject { ["name"] = "tag:env", ["valueSet"] = new JsonObject { ["items"] = new JsonArray(new JsonObject { ["value"] = "prod" }) } }) } },
            ["responseElements"] = null,
            ["requestID"] = Guid.NewGuid().ToString(),
            ["eventID"] = Guid.NewGuid().ToString(),
            ["readOnly"] = name.StartsWith("Describe", StringComparison.Ordinal) || name.StartsWith("Get", StringComparison.Ordinal) || name.StartsWith("List", StringComparison.Ordinal),
            ["eventType"] = "AwsApiCall",
            ["managementEvent"] = true,
            ["recipientAccountId"] = "123456789012",
            ["eventCategory"] = "Management",
            ["tlsDetails"] = new JsonObject { ["tlsVersion"] = "TLSv1.3", ["cipherSuite"] = "TLS_AES_128_GCM_SHA256", ["clientProvidedHostHeader"] = source },
        };
        if (random.Next(100) < 2)
        {
            record["errorCode"] = random.Next(2) == 0 ? "AccessDenied" : "Client.UnauthorizedOperation";
            record["errorMessage"] = $"User is not authorized to perform: {name}";
        }
        return record;
    }
}
