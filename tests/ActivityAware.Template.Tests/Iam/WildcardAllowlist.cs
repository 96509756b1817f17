namespace ActivityAware.Template.Tests.Iam;

/// <summary>The only places a wildcard is tolerated, each with the reason AWS leaves no narrower choice.</summary>
public static class WildcardAllowlist
{
    /// <summary>Actions that may be granted on Resource '*'.</summary>
    public static readonly IReadOnlyDictionary<string, string> ResourceStarActions = new Dictionary<string, string>
    {
        ["iam:ListAccountAliases"] = "IAM defines no resource type for account aliases.",
        ["logs:CreateLogDelivery"] = VendedLogs,
        ["logs:GetLogDelivery"] = VendedLogs,
        ["logs:UpdateLogDelivery"] = VendedLogs,
        ["logs:DeleteLogDelivery"] = VendedLogs,
        ["logs:ListLogDeliveries"] = VendedLogs,
        ["logs:PutResourcePolicy"] = VendedLogs,
        ["logs:DescribeResourcePolicies"] = VendedLogs,
        ["logs:DescribeLogGroups"] = VendedLogs,
    };

    /// <summary>AWS managed policies that may be attached; their statements are not in the template.</summary>
    public static readonly IReadOnlyDictionary<string, string> ManagedPolicies = new Dictionary<string, string>
    {
        ["arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"] =
            "SAM attaches it to every function role: CreateLogGroup/CreateLogStream/PutLogEvents for the function's own logs.",
        ["arn:aws:iam::aws:policy/AWSXrayWriteOnlyAccess"] =
            "SAM attaches it when Tracing is on: X-Ray's PutTraceSegments/PutTelemetryRecords/GetSampling* have no resource-level permissions.",
    };

    private const string VendedLogs =
        "Step Functions execution logging uses CloudWatch Logs vended log delivery, whose actions support no resource-level permissions.";
}
