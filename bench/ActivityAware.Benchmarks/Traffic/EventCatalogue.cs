namespace ActivityAware.Benchmarks.Traffic;

/// <summary>Weighted calls per <see cref="TrafficMix"/>; <see cref="Pick"/> draws one by weight.</summary>
public sealed class EventCatalogue
{
    private readonly CatalogueEntry[] _entries;
    private readonly double[] _cumulative;

    private EventCatalogue(CatalogueEntry[] entries)
    {
        _entries = entries;
        _cumulative = new double[entries.Length];
        var sum = 0.0;
        for (var i = 0; i < entries.Length; i++) _cumulative[i] = sum += entries[i].Weight;
    }

    public IReadOnlyList<CatalogueEntry> Entries => _entries;

    public CatalogueEntry Pick(Random random)
    {
        var target = random.NextDouble() * _cumulative[^1];
        var index = Array.BinarySearch(_cumulative, target);
        return _entries[index < 0 ? ~index : index];
    }

    public static EventCatalogue For(TrafficMix mix) => mix == TrafficMix.Production ? Production : WriteHeavy;

    // Relative frequencies shaped on the management-event make-up of ordinary production accounts: credentials and keys
    // (STS, KMS) dominate, then reads by applications and monitoring, then agent and service housekeeping writes that no
    // rule cares about; risky writes are a few per thousand.
    private static readonly EventCatalogue Production = new(
    [
        new(100, "sts.amazonaws.com", "AssumeRole", CallerKind.Service),
        new(40, "sts.amazonaws.com", "AssumeRole"),
        new(30, "sts.amazonaws.com", "GetCallerIdentity"),
        new(110, "kms.amazonaws.com", "Decrypt"),
        new(50, "kms.amazonaws.com", "GenerateDataKey"),
        new(10, "kms.amazonaws.com", "DescribeKey"),
        new(30, "s3.amazonaws.com", "GetBucketAcl", CallerKind.Service),
        new(30, "s3.amazonaws.com", "GetBucketLocation"),
        new(10, "s3.amazonaws.com", "ListBuckets"),
        new(10, "s3.amazonaws.com", "GetBucketPolicy"),
        new(10, "s3.amazonaws.com", "GetBucketVersioning"),
        new(5, "s3.amazonaws.com", "GetBucketEncryption"),
        new(50, "ec2.amazonaws.com", "DescribeInstances"),
        new(30, "ec2.amazonaws.com", "DescribeNetworkInterfaces", CallerKind.Service),
        new(20, "ec2.amazonaws.com", "DescribeSecurityGroups"),
        new(20, "ec2.amazonaws.com", "DescribeSubnets"),
        new(10, "ec2.amazonaws.com", "DescribeVpcs"),
        new(10, "ec2.amazonaws.com", "DescribeInstanceStatus"),
        new(10, "ec2.amazonaws.com", "DescribeTags"),
        new(8, "ec2.amazonaws.com", "CreateNetworkInterface", CallerKind.Service),
        new(8, "ec2.amazonaws.com", "DeleteNetworkInterface", CallerKind.Service),
        new(4, "ec2.amazonaws.com", "CreateTags"),
        new(40, "ssm.amazonaws.com", "UpdateInstanceInformation"),
        new(30, "ssm.amazonaws.com", "GetParameter"),
        new(20, "ssm.amazonaws.com", "GetParameters"),
        new(20, "ssm.amazonaws.com", "ListInstanceAssociations"),
        new(5, "ssm.amazonaws.com", "DescribeInstanceInformation", CallerKind.Console),
        new(30, "logs.amazonaws.com", "CreateLogStream", CallerKind.Service),
        new(10, "logs.amazonaws.com", "DescribeLogGroups"),
        new(10, "logs.amazonaws.com", "DescribeLogStreams", CallerKind.Console),
        new(5, "logs.amazonaws.com", "StartQuery", CallerKind.Console),
        new(5, "logs.amazonaws.com", "GetQueryResults", CallerKind.Console),
        new(20, "monitoring.amazonaws.com", "GetMetricData"),
        new(10, "monitoring.amazonaws.com", "DescribeAlarms", CallerKind.Console),
        new(20, "secretsmanager.amazonaws.com", "GetSecretValue"),
        new(5, "secretsmanager.amazonaws.com", "DescribeSecret"),
        new(20, "dynamodb.amazonaws.com", "DescribeTable"),
        new(5, "dynamodb.amazonaws.com", "ListTables"),
        new(10, "lambda.amazonaws.com", "ListFunctions20150331"),
        new(5, "lambda.amazonaws.com", "GetFunction20150331v2", CallerKind.Console),
        new(10, "iam.amazonaws.com", "GetRole"),
        new(5, "iam.amazonaws.com", "ListRoles", CallerKind.Console),
        new(3, "iam.amazonaws.com", "GetUser"),
        new(5, "iam.amazonaws.com", "ListAttachedRolePolicies"),
        new(5, "iam.amazonaws.com", "GetPolicy"),
        new(5, "iam.amazonaws.com", "GetPolicyVersion"),
        new(5, "cloudtrail.amazonaws.com", "LookupEvents", CallerKind.Console),
        new(3, "cloudtrail.amazonaws.com", "DescribeTrails"),
        new(3, "cloudtrail.amazonaws.com", "GetTrailStatus", CallerKind.Service),
        new(10, "config.amazonaws.com", "PutEvaluations", CallerKind.Service),
        new(3, "config.amazonaws.com", "DescribeConfigRules"),
        new(10, "ecr.amazonaws.com", "GetAuthorizationToken"),
        new(1, "signin.amazonaws.com", "ConsoleLogin", CallerKind.Console),
        new(0.5, "ec2.amazonaws.com", "AuthorizeSecurityGroupIngress"),
        new(0.3, "ec2.amazonaws.com", "CreateSecurityGroup"),
        new(0.3, "s3.amazonaws.com", "PutBucketPolicy"),
        new(0.3, "iam.amazonaws.com", "AttachRolePolicy"),
        new(0.3, "iam.amazonaws.com", "PutRolePolicy"),
        new(0.2, "iam.amazonaws.com", "CreateAccessKey", CallerKind.Console),
        new(0.5, "lambda.amazonaws.com", "UpdateFunctionCode20150331v2"),
        new(0.3, "kms.amazonaws.com", "CreateGrant"),
    ]);

    private static readonly EventCatalogue WriteHeavy = new(
    [
        .. Uniform("ec2.amazonaws.com", "DescribeInstances", "DescribeSecurityGroups", "DescribeVpcs", "RunInstances", "CreateTags", "AuthorizeSecurityGroupIngress"),
        .. Uniform("s3.amazonaws.com", "GetBucketLocation", "ListBuckets", "GetBucketPolicy", "PutBucketPolicy", "GetBucketAcl"),
        .. Uniform("iam.amazonaws.com", "GetUser", "ListRoles", "ListAttachedRolePolicies", "GetRole", "CreateAccessKey", "AttachRolePolicy"),
        .. Uniform("sts.amazonaws.com", "AssumeRole", "GetCallerIdentity"),
        .. Uniform("kms.amazonaws.com", "Decrypt", "GenerateDataKey", "DescribeKey"),
        .. Uniform("lambda.amazonaws.com", "ListFunctions20150331", "GetFunction20150331v2", "UpdateFunctionCode20150331v2"),
        .. Uniform("cloudtrail.amazonaws.com", "DescribeTrails", "LookupEvents", "GetTrailStatus"),
        .. Uniform("logs.amazonaws.com", "DescribeLogGroups", "CreateLogStream", "FilterLogEvents"),
        .. Uniform("dynamodb.amazonaws.com", "DescribeTable", "ListTables"),
        .. Uniform("ssm.amazonaws.com", "GetParameter", "GetParameters", "DescribeParameters"),
    ]);

    /// <summary>Each service equally likely, each of its calls equally likely within it.</summary>
    private static IEnumerable<CatalogueEntry> Uniform(string source, params string[] names) =>
        names.Select(name => new CatalogueEntry(1.0 / names.Length, source, name));
}
