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
    FederatedUser,
    AWSService,
    AWSAccount,
    IdentityCenterUser,
    WebIdentityUser,
    SAMLUser,
}
