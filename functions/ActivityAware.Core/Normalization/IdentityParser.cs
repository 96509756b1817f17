using System.Text.Json;
using ActivityAware.Core.CloudTrail;
using static ActivityAware.Core.Normalization.JsonElementReader;

namespace ActivityAware.Core.Normalization;

/// <summary>Parses <c>userIdentity</c> for every documented identity type; fields missing in older event versions stay null.</summary>
public static class IdentityParser
{
    // Exact names only: Enum.TryParse would also accept "5", " Root" and "Root, IAMUser" (flags OR'ed into another type),
    // letting an attacker-chosen userIdentity.type pose as a documented one.
    private static readonly Dictionary<string, PrincipalType> KnownTypes = Enum.GetValues<PrincipalType>()
        .Where(type => type != PrincipalType.Unknown)
        .ToDictionary(type => type.ToString(), StringComparer.Ordinal);

    public static PrincipalIdentity Parse(JsonElement? userIdentity)
    {
        if (userIdentity is not { ValueKind: JsonValueKind.Object } identity)
            return new PrincipalIdentity { Type = PrincipalType.Unknown, DisplayName = "unknown principal" };

        var rawType = String(identity, "type");
        var type = rawType is not null && KnownTypes.TryGetValue(rawType, out var known) ? known : PrincipalType.Unknown;
        var arn = String(identity, "arn");
        var sessionContext = Object(identity, "sessionContext");
        var issuer = sessionContext is { } sc ? Object(sc, "sessionIssuer") : null;
        var attributes = sessionContext is { } sc2 ? Object(sc2, "attributes") : null;
        var webIdentity = sessionContext is { } sc3 ? Object(sc3, "webIdFederationData") : null;
        var onBehalfOf = Object(identity, "onBehalfOf");

        var roleName = type == PrincipalType.AssumedRole
            ? String(issuer, "userName") ?? ArnParts.AssumedRoleName(arn)
            : null;
        var sessionName = type switch
        {
            PrincipalType.AssumedRole => ArnParts.AssumedRoleSession(arn),
            PrincipalType.FederatedUser => ArnParts.LastSegment(arn),
            _ => null,
        };

        var parsed = new PrincipalIdentity
        {
            Type = type,
            RawType = rawType,
            Arn = arn,
            AccountId = String(identity, "accountId") ?? ArnParts.Account(arn),
            PrincipalId = String(identity, "principalId"),
            AccessKeyId = String(identity, "accessKeyId"),
            UserName = String(identity, "userName") ?? (type == PrincipalType.IdentityCenterUser ? String(onBehalfOf, "userId") : null),
            RoleName = roleName,
            SessionName = sessionName,
            SessionIssuerArn = String(issuer, "arn"),
            SessionIssuerType = String(issuer, "type"),
            SessionIssuerAccountId = String(issuer, "accountId"),
            InvokedBy = String(identity, "invokedBy"),
            IdentityProvider = String(identity, "identityProvider") ?? String(webIdentity, "federatedProvider"),
            SourceIdentity = String(sessionContext, "sourceIdentity") ?? String(identity, "sourceIdentity"),
            MfaAuthenticated = Boolean(attributes, "mfaAuthenticated"),
            SessionCreationDate = Timestamp(attributes, "creationDate"),
            DisplayName = "",
        };
        return parsed with { DisplayName = PrincipalDisplayName.For(parsed) };
    }
}
