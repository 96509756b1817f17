using System.Text.Json.Nodes;

namespace ActivityAware.Core.Tests.Rules.Projection;

/// <summary>
/// Seeded CloudTrail-shaped records in the two mixes the benchmarks use (the bench's generator is not visible to tests):
/// a production mix of reads, agents' housekeeping and a few denials and risky writes, and a write-heavy mix where the
/// risky writes the pack watches are as likely as anything else. Full-sized records, so they cross buffer refills.
/// </summary>
internal static class GeneratedTraffic
{
    private static readonly (string Source, string Name)[] Routine =
    [
        ("sts.amazonaws.com", "AssumeRole"), ("kms.amazonaws.com", "Decrypt"), ("kms.amazonaws.com", "GenerateDataKey"),
        ("ec2.amazonaws.com", "DescribeInstances"), ("s3.amazonaws.com", "GetBucketAcl"), ("s3.amazonaws.com", "ListBuckets"),
        ("ssm.amazonaws.com", "UpdateInstanceInformation"), ("logs.amazonaws.com", "CreateLogStream"),
        ("ec2.amazonaws.com", "CreateNetworkInterface"), ("config.amazonaws.com", "PutEvaluations"), ("iam.amazonaws.com", "GetRole"),
        ("lambda.amazonaws.com", "GetFunction20150331v2"), ("monitoring.amazonaws.com", "GetMetricData"),
    ];

    private static readonly (string Source, string Name, Func<Random, JsonObject> Parameters)[] Risky =
    [
        ("cloudtrail.amazonaws.com", "StopLogging", _ => new JsonObject { ["name"] = "org-trail" }),
        ("cloudtrail.amazonaws.com", "PutEventSelectors", _ => new JsonObject { ["trailName"] = "org-trail" }),
        ("ec2.amazonaws.com", "AuthorizeSecurityGroupIngress", r => new JsonObject
        {
            ["groupId"] = "sg-1",
            ["ipPermissions"] = new JsonObject { ["items"] = new JsonArray(new JsonObject
            {
                ["ipProtocol"] = "tcp", ["fromPort"] = 22, ["toPort"] = 22,
                ["ipRanges"] = new JsonObject { ["items"] = new JsonArray(new JsonObject { ["cidrIp"] = r.Next(2) == 0 ? "0.0.0.0/0" : "10.1.0.0/16" }) },
            }) },
        }),
        ("s3.amazonaws.com", "PutBucketPublicAccessBlock", r => new JsonObject
        {
            ["bucketName"] = "data",
            ["PublicAccessBlockConfiguration"] = new JsonObject { ["BlockPublicAcls"] = r.Next(2) == 0, ["IgnorePublicAcls"] = true, ["BlockPublicPolicy"] = true, ["RestrictPublicBuckets"] = true },
        }),
        ("iam.amazonaws.com", "AttachUserPolicy", r => new JsonObject
        {
            ["userName"] = "bob", ["policyArn"] = r.Next(2) == 0 ? "arn:aws:iam::aws:policy/AdministratorAccess" : "arn:aws:iam::aws:policy/ReadOnlyAccess",
        }),
        ("iam.amazonaws.com", "CreateAccessKey", r => new JsonObject { ["userName"] = r.Next(2) == 0 ? "bob" : "alice" }),
        ("kms.amazonaws.com", "ScheduleKeyDeletion", _ => new JsonObject { ["keyId"] = "k-1", ["pendingWindowInDays"] = 7 }),
        ("lambda.amazonaws.com", "UpdateFunctionCode20150331v2", _ => new JsonObject { ["functionName"] = "f" }),
        ("lambda.amazonaws.com", "CreateFunctionUrlConfig20211031", r => new JsonObject { ["functionName"] = "f", ["authType"] = r.Next(2) == 0 ? "NONE" : "AWS_IAM" }),
        ("signin.amazonaws.com", "ConsoleLogin", _ => new JsonObject()),
        ("ec2.amazonaws.com", "CreateVpc", _ => new JsonObject { ["cidrBlock"] = "10.0.0.0/16" }),
        ("s3.amazonaws.com", "PutBucketPolicy", _ => new JsonObject { ["bucketName"] = "data", ["bucketPolicy"] = new JsonObject { ["Statement"] = new JsonArray(new JsonObject { ["Effect"] = "Allow", ["Principal"] = "*" }) } }),
    ];

    private static readonly string[] IdentityTypes = ["AssumedRole", "AssumedRole", "AWSService", "IAMUser", "Root", "FederatedUser"];

    public static IEnumerable<string> Production(int count, int seed) => Records(count, seed, riskyShare: 0.01, deniedShare: 0.02);

    public static IEnumerable<string> WriteHeavy(int count, int seed) => Records(count, seed, riskyShare: 0.5, deniedShare: 0.1);

    private static IEnumerable<string> Records(int count, int seed, double riskyShare, double deniedShare)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var risky = random.NextDouble() < riskyShare;
            var (source, name, parameters) = risky
                ? Risky[random.Next(Risky.Length)] is var r ? (r.Source, r.Name, r.Parameters(random)) : default
                : Routine[random.Next(Routine.Length)] is var c ? (c.Source, c.Name, new JsonObject { ["maxResults"] = 50, ["filterSet"] = new JsonObject { ["items"] = new JsonArray("a", "b") } }) : default;
            var type = IdentityTypes[random.Next(IdentityTypes.Length)];
            var identity = new JsonObject
            {
                ["type"] = type,
                ["principalId"] = $"AROA{i % 97}:session-{i % 13}",
                ["arn"] = type == "Root" ? "arn:aws:iam::111122223333:root" : $"arn:aws:sts::111122223333:assumed-role/app-{i % 7}/session",
                ["accountId"] = "111122223333",
                ["sessionContext"] = new JsonObject
                {
                    ["sessionIssuer"] = new JsonObject { ["type"] = "Role", ["userName"] = random.Next(4) == 0 ? "AWSReservedSSO_Admin_1" : $"app-{i % 7}" },
                    ["attributes"] = new JsonObject { ["creationDate"] = "2026-12-03T07:00:00Z", ["mfaAuthenticated"] = random.Next(2) == 0 ? "true" : "false" },
                },
            };
            if (random.Next(5) == 0) identity["invokedBy"] = random.Next(2) == 0 ? "cloudformation.amazonaws.com" : "AWS Internal";
            var record = new JsonObject
            {
                ["eventVersion"] = "1.10",
                ["userIdentity"] = identity,
                ["eventTime"] = $"2026-12-03T08:{i / 60 % 60:D2}:{i % 60:D2}Z",
                ["eventSource"] = source,
                ["eventName"] = name,
                ["awsRegion"] = random.Next(3) == 0 ? "eu-west-1" : "us-east-1",
                ["sourceIPAddress"] = random.Next(3) == 0 ? "ec2.amazonaws.com" : $"203.0.113.{i % 250}",
                ["userAgent"] = "aws-sdk-go-v2/1.30.0 os/linux lang/go#1.22 md/GOOS#linux",
                ["requestParameters"] = parameters,
                ["responseElements"] = name == "ConsoleLogin" ? new JsonObject { ["ConsoleLogin"] = random.Next(3) == 0 ? "Failure" : "Success" } : null,
                ["additionalEventData"] = name == "ConsoleLogin" ? new JsonObject { ["MFAUsed"] = random.Next(2) == 0 ? "No" : "Yes" } : null,
                ["requestID"] = $"req-{i}",
                ["eventID"] = $"{seed:x4}-{i:x8}",
                ["readOnly"] = !risky,
                ["eventType"] = name == "ConsoleLogin" ? "AwsConsoleSignIn" : random.Next(20) == 0 ? "AwsServiceEvent" : "AwsApiCall",
                ["managementEvent"] = true,
                ["recipientAccountId"] = "111122223333",
                ["eventCategory"] = "Management",
                ["tlsDetails"] = new JsonObject { ["tlsVersion"] = "TLSv1.3", ["cipherSuite"] = "TLS_AES_128_GCM_SHA256", ["clientProvidedHostHeader"] = $"{source}" },
            };
            if (random.NextDouble() < deniedShare)
            {
                record["errorCode"] = random.Next(3) == 0 ? "Client.UnauthorizedOperation" : "AccessDenied";
                record["errorMessage"] = $"User is not authorized to perform: {name}";
            }
            yield return record.ToJsonString();
        }
    }
}
