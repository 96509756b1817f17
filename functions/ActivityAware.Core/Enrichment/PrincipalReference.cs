using ActivityAware.Core.CloudTrail;
using ActivityAware.Core.Normalization;

namespace ActivityAware.Core.Enrichment;

/// <summary>
/// The IAM user or role whose tags and permissions boundary apply to an event's principal: the user or role itself, or the role or user that
/// issued the session (an assumed role's role, a federated user's IAM user). Null for root, services, other accounts' principals named
/// only by account, and identities without an IAM entity (Identity Center, web identity, SAML users).
/// </summary>
public sealed record PrincipalReference(PrincipalKind Kind, string Name, string AccountId, string Arn)
{
    public static PrincipalReference? Of(PrincipalIdentity identity)
    {
        var arn = identity.Type switch
        {
            PrincipalType.IAMUser or PrincipalType.Role => identity.Arn,
            PrincipalType.AssumedRole or PrincipalType.FederatedUser => identity.SessionIssuerArn,
            _ => null,
        };
        var resource = ArnParts.Resource(arn);
        var kind = resource?.Split('/', 2)[0] switch
        {
            "user" => PrincipalKind.User,
            "role" => PrincipalKind.Role,
            _ => (PrincipalKind?)null,
        };
        return kind is { } k && ArnParts.LastSegment(arn) is { } name && ArnParts.Account(arn) is { Length: 12 } account
            ? new PrincipalReference(k, name, account, arn!)
            : null;
    }
}
