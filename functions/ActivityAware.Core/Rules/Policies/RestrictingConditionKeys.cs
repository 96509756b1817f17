using System.Text;

namespace ActivityAware.Core.Rules.Policies;

/// <summary>
/// The condition keys that, set to fixed values, limit a <c>"Principal": "*"</c> statement to known callers, so it is not
/// public: the S3 User Guide's "The meaning of 'public'" (fixed aws:SourceIp CIDRs, aws:SourceArn, aws:SourceVpc,
/// aws:SourceVpce, aws:SourceOwner, aws:SourceAccount, s3:x-amz-server-side-encryption-aws-kms-key-id, aws:userid outside
/// "AROLEID:*", s3:DataAccessPointArn / s3:DataAccessPointAccount) and the keys IAM Access Analyzer reads as limiting to an
/// account, organization or network (aws:PrincipalOrgID, aws:PrincipalOrgPaths, aws:PrincipalAccount, aws:PrincipalArn,
/// aws:PrincipalServiceName, aws:SourceOrgID, aws:SourceOrgPaths, aws:VpceAccount, aws:VpceOrgID, aws:VpceOrgPaths,
/// kms:CallerAccount), and EFS's elasticfilesystem:AccessedViaMountTarget (the console's default file system policy grants
/// "*" only through a mount target, that is from inside the file system's VPC). Key names are case-insensitive in IAM.
/// </summary>
internal static class RestrictingConditionKeys
{
    private static readonly byte[][] StringKeys = new[]
    {
        "aws:SourceArn", "aws:SourceVpc", "aws:SourceVpce", "aws:SourceOwner", "aws:SourceAccount", "aws:SourceOrgID",
        "aws:SourceOrgPaths", "aws:PrincipalOrgID", "aws:PrincipalOrgPaths", "aws:PrincipalAccount", "aws:PrincipalArn",
        "aws:PrincipalServiceName", "aws:VpceAccount", "aws:VpceOrgID", "aws:VpceOrgPaths", "kms:CallerAccount",
        "s3:x-amz-server-side-encryption-aws-kms-key-id", "s3:DataAccessPointArn", "s3:DataAccessPointAccount",
    }.Select(Encoding.ASCII.GetBytes).ToArray();

    public static ConditionKeyKind Classify(ReadOnlySpan<byte> key)
    {
        if (Ascii.EqualsIgnoreCase(key, "aws:SourceIp"u8)) return ConditionKeyKind.SourceIp;
        if (Ascii.EqualsIgnoreCase(key, "aws:userid"u8)) return ConditionKeyKind.UserId;
        if (Ascii.EqualsIgnoreCase(key, "elasticfilesystem:AccessedViaMountTarget"u8)) return ConditionKeyKind.MountTarget;
        foreach (var known in StringKeys)
        {
            if (Ascii.EqualsIgnoreCase(key, known)) return ConditionKeyKind.Identifier;
        }
        return ConditionKeyKind.Other;
    }
}
