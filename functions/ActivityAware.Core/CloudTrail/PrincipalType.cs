using System.Text.Json.Serialization;

namespace ActivityAware.Core.CloudTrail;

/// <summary>The <c>userIdentity.type</c> values CloudTrail documents; anything else is <see cref="Unknown"/> (the raw value is kept).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<PrincipalType>))]
public enum PrincipalType
{
    Unknown,
    Root,
    IAMUser,
    AssumedRole,
    /// <summary>A persistent IAM role acting as itself (the issuer of role sessions), not a session of it.</summary>
    Role,
    FederatedUser,
    AWSService,
    AWSAccount,
    IdentityCenterUser,
    WebIdentityUser,
    SAMLUser,
    /// <summary>A user of a directory service (for example AWS Managed Microsoft AD); no IAM ARN.</summary>
    Directory,
}
