namespace ActivityAware.Core.Rules.Policies;

/// <summary>How a condition key's fixed values restrict a statement's callers, if they do.</summary>
internal enum ConditionKeyKind
{
    /// <summary>A key that does not limit who the caller is (aws:SecureTransport, aws:username, s3:prefix, …).</summary>
    Other,

    /// <summary>An account, organization, ARN, VPC or endpoint identifier, compared with a string or ARN operator.</summary>
    Identifier,

    /// <summary>aws:SourceIp, compared with IpAddress: a set of CIDRs other than the whole address space.</summary>
    SourceIp,

    /// <summary>aws:userid: a fixed id, or a role's sessions written "AROLEID:*".</summary>
    UserId,

    /// <summary>elasticfilesystem:AccessedViaMountTarget, compared with Bool to true: only clients inside the file system's VPC.</summary>
    MountTarget,
}
