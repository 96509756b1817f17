using System.Text.Json;

namespace ActivityAware.Benchmarks.Traffic;

/// <summary><c>requestParameters</c> and <c>responseElements</c> shaped like CloudTrail's for each generated call.</summary>
public static class CallShapes
{
    private const string Account = CloudTrailRecordGenerator.Account;

    public static void WriteRequest(Utf8JsonWriter writer, GeneratedCall call, Random random)
    {
        var n = random.Next(12);
        switch (call.Name)
        {
            case "AssumeRole":
                Object(writer, ("roleArn", $"arn:aws:iam::{Account}:role/app-{n}"), ("roleSessionName", $"session-{n}"));
                break;
            case "Decrypt" or "GenerateDataKey" or "DescribeKey" or "CreateGrant":
                writer.WriteStartObject();
                writer.WriteString("encryptionAlgorithm", "SYMMETRIC_DEFAULT");
                writer.WriteStartObject("encryptionContext");
                writer.WriteString("aws:lambda:FunctionArn", $"arn:aws:lambda:us-east-1:{Account}:function:app-{n}");
                writer.WriteEndObject();
                writer.WriteString("keyId", $"arn:aws:kms:us-east-1:{Account}:key/{CloudTrailRecordGenerator.Id(random)}");
                writer.WriteEndObject();
                break;
            case "PutBucketPolicy":
                writer.WriteStartObject();
                writer.WriteString("bucketName", $"app-data-{n}");
                writer.WriteStartObject("bucketPolicy");
                writer.WriteString("Version", "2012-10-17");
                writer.WriteStartArray("Statement");
                writer.WriteStartObject();
                writer.WriteString("Effect", "Allow");
                writer.WriteStartObject("Principal");
                writer.WriteString("AWS", $"arn:aws:iam::{Account}:role/app-{n}");
                writer.WriteEndObject();
                writer.WriteString("Action", "s3:GetObject");
                writer.WriteString("Resource", $"arn:aws:s3:::app-data-{n}/*");
                writer.WriteEndObject();
                writer.WriteEndArray();
                writer.WriteEndObject();
                writer.WriteEndObject();
                break;
            case var name when call.Source == "s3.amazonaws.com":
                Object(writer, ("bucketName", $"app-data-{n}"), ("Host", $"app-data-{n}.s3.us-east-1.amazonaws.com"), (name == "GetBucketAcl" ? "acl" : "policy", ""));
                break;
            case "AuthorizeSecurityGroupIngress":
                writer.WriteStartObject();
                writer.WriteString("groupId", $"sg-0{n:D2}a1b2c3d4e5f6");
                writer.WriteStartObject("ipPermissions");
                writer.WriteStartArray("items");
                writer.WriteStartObject();
                writer.WriteString("ipProtocol", "tcp");
                writer.WriteNumber("fromPort", 443);
                writer.WriteNumber("toPort", 443);
                writer.WriteStartObject("ipRanges");
                writer.WriteStartArray("items");
                writer.WriteStartObject();
                writer.WriteString("cidrIp", "10.0.0.0/8");
                writer.WriteEndObject();
                writer.WriteEndArray();
                writer.WriteEndObject();
                writer.WriteEndObject();
                writer.WriteEndArray();
                writer.WriteEndObject();
                writer.WriteEndObject();
                break;
            case var name when call.Source == "ec2.amazonaws.com" && name.StartsWith("Describe", StringComparison.Ordinal):
                writer.WriteStartObject();
                writer.WriteStartObject("filterSet");
                writer.WriteStartArray("items");
                writer.WriteStartObject();
                writer.WriteString("name", "tag:env");
                writer.WriteStartObject("valueSet");
                writer.WriteStartArray("items");
                writer.WriteStartObject();
                writer.WriteString("value", "prod");
                writer.WriteEndObject();
                writer.WriteEndArray();
                writer.WriteEndObject();
                writer.WriteEndObject();
                writer.WriteEndArray();
                writer.WriteEndObject();
                writer.WriteEndObject();
                break;
            case "CreateNetworkInterface":
                Object(writer, ("subnetId", $"subnet-0{n:D2}bb22cc33dd44"), ("description", $"AWS Lambda VPC ENI-app-{n}-{CloudTrailRecordGenerator.Id(random)}"));
                break;
            case "DeleteNetworkInterface":
                Object(writer, ("networkInterfaceId", $"eni-0{random.Next(100000):D5}aa11bb22c"));
                break;
            case "CreateTags" or "CreateSecurityGroup":
                Object(writer, ("groupName", $"app-{n}"), ("groupDescription", "application"), ("vpcId", "vpc-0a1b2c3d4e5f60718"));
                break;
            case "AttachRolePolicy":
                Object(writer, ("roleName", $"app-{n}"), ("policyArn", "arn:aws:iam::aws:policy/ReadOnlyAccess"));
                break;
            case "PutRolePolicy":
                Object(writer, ("roleName", $"app-{n}"), ("policyName", "inline"),
                    ("policyDocument", $"{{\"Version\":\"2012-10-17\",\"Statement\":[{{\"Effect\":\"Allow\",\"Action\":\"sqs:SendMessage\",\"Resource\":\"arn:aws:sqs:us-east-1:{Account}:app-{n}\"}}]}}"));
                break;
            case "CreateAccessKey":
                Object(writer, ("userName", "ci-bot"));
                break;
            case "UpdateFunctionCode20150331v2" or "GetFunction20150331v2":
                Object(writer, ("functionName", $"app-{n}"));
                break;
            case "GetParameter" or "GetParameters":
                Object(writer, ("name", $"/app/{n}/config"), ("withDecryption", "true"));
                break;
            case "UpdateInstanceInformation":
                Object(writer, ("instanceId", $"i-0{random.Next(1000):D3}a1b2c3d4e5f6"), ("agentVersion", "3.3.1142.0"), ("agentStatus", "Active"),
                    ("platformType", "Linux"), ("platformName", "Amazon Linux"), ("platformVersion", "2023"), ("iPAddress", $"10.0.1.{random.Next(1, 255)}"),
                    ("computerName", "ip-10-0-1-23.ec2.internal"), ("agentName", "amazon-ssm-agent"), ("availabilityZone", "us-east-1a"));
                break;
            case "CreateLogStream":
                Object(writer, ("logGroupName", $"/aws/lambda/app-{n}"), ("logStreamName", $"2026/11/28/[$LATEST]{CloudTrailRecordGenerator.Id(random).Replace("-", "")}"));
                break;
            case "PutEvaluations":
                Object(writer, ("resultToken", new string('x', 180)), ("testMode", "false"));
                break;
            case "GetSecretValue" or "DescribeSecret":
                Object(writer, ("secretId", $"arn:aws:secretsmanager:us-east-1:{Account}:secret:app-{n}-AbCdEf"));
                break;
            case "DescribeTable":
                Object(writer, ("tableName", $"app-{n}"));
                break;
            default:
                writer.WriteNullValue();
                break;
        }
    }

    public static void WriteResponse(Utf8JsonWriter writer, GeneratedCall call, Random random)
    {
        switch (call.Name)
        {
            case "AssumeRole":
                writer.WriteStartObject();
                writer.WriteStartObject("credentials");
                writer.WriteString("accessKeyId", "ASIAEXAMPLESESSION02");
                writer.WriteString("sessionToken", SessionToken(random));
                writer.WriteString("expiration", "Nov 28, 2026, 1:00:00 PM");
                writer.WriteEndObject();
                writer.WriteStartObject("assumedRoleUser");
                writer.WriteString("assumedRoleId", "AROAEXAMPLEAPPROLE03:session-3");
                writer.WriteString("arn", $"arn:aws:sts::{Account}:assumed-role/app-3/session-3");
                writer.WriteEndObject();
                writer.WriteEndObject();
                break;
            case "ConsoleLogin":
                Object(writer, ("ConsoleLogin", "Success"));
                break;
            case "CreateNetworkInterface":
                writer.WriteStartObject();
                writer.WriteStartObject("networkInterface");
                writer.WriteString("networkInterfaceId", $"eni-0{random.Next(100000):D5}aa11bb22c");
                writer.WriteString("subnetId", "subnet-0a1b2c3d4e5f60718");
                writer.WriteString("vpcId", "vpc-0a1b2c3d4e5f60718");
                writer.WriteString("availabilityZone", "us-east-1a");
                writer.WriteString("ownerId", Account);
                writer.WriteString("requesterId", "AROAEXAMPLELAMBDA000:lambda");
                writer.WriteBoolean("requesterManaged", true);
                writer.WriteString("status", "pending");
                writer.WriteString("macAddress", "0a:1b:2c:3d:4e:5f");
                writer.WriteString("privateIpAddress", $"10.0.2.{random.Next(1, 255)}");
                writer.WriteBoolean("sourceDestCheck", true);
                writer.WriteString("interfaceType", "lambda");
                writer.WriteEndObject();
                writer.WriteEndObject();
                break;
            default:
                writer.WriteNullValue();
                break;
        }
    }

    private static string SessionToken(Random random)
    {
        Span<byte> bytes = stackalloc byte[270];
        random.NextBytes(bytes);
        return "IQoJb3JpZ2luX2VjE" + Convert.ToBase64String(bytes);
    }

    private static void Object(Utf8JsonWriter writer, params (string Name, string Value)[] fields)
    {
        writer.WriteStartObject();
        foreach (var (name, value) in fields) writer.WriteString(name, value);
        writer.WriteEndObject();
    }
}
