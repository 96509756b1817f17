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

    private static readonly PropertyTable IdentityFields = new(
        "type", "arn", "sessionContext", "onBehalfOf", "accountId", "principalId", "accessKeyId", "userName", "invokedBy", "identityProvider", "sourceIdentity");

    // Indexes into IdentityFields' names.
    private const int TypeField = 0;
    private const int ArnField = 1;
    private const int SessionContextField = 2;
    private const int OnBehalfOfField = 3;
    private const int AccountIdField = 4;
    private const int PrincipalIdField = 5;
    private const int AccessKeyIdField = 6;
    private const int UserNameField = 7;
    private const int InvokedByField = 8;
    private const int IdentityProviderField = 9;
    private const int SourceIdentityField = 10;

    public static PrincipalIdentity Parse(JsonElement? userIdentity) => Parse(userIdentity, signInUserName: null);

    /// <param name="signInUserName">
    /// <c>additionalEventData.UserName</c>: Identity Center sign-in events (since 2024 typed <c>IdentityCenterUser</c>) name the user there
    /// only; <c>userIdentity</c> holds just the user's id.
    /// </param>
    public static PrincipalIdentity Parse(JsonElement? userIdentity, string? signInUserName)
    {
        if (userIdentity is not { ValueKind: JsonValueKind.Object } identity)
            return new PrincipalIdentity { Type = PrincipalType.Unknown, DisplayName = "unknown principal" };

        // One pass over the identity's properties, in the table's order.
        var fields = IdentityFields.Read(identity);
        var rawType = Text(fields[TypeField]);
        var type = rawType is not null && KnownTypes.TryGetValue(rawType, out var known) ? known : PrincipalType.Unknown;
        var arn = Text(fields[ArnField]);
        var principalId = Text(fields[PrincipalIdField]);
        var sessionContext = Object(fields[SessionContextField]);
        var issuer = sessionContext is { } sc ? Object(sc, "sessionIssuer") : null;
        var attributes = sessionContext is { } sc2 ? Object(sc2, "attributes") : null;
        var webIdentity = sessionContext is { } sc3 ? Object(sc3, "webIdFederationData") : null;
        var onBehalfOf = Object(fields[OnBehalfOfField]);

        var roleName = type switch
        {
            PrincipalType.AssumedRole => Text(issuer, "userName") ?? ArnParts.AssumedRoleName(arn),
            PrincipalType.Role => ArnParts.LastSegment(arn) ?? Text(fields[UserNameField]),
            _ => null,
        };
        var sessionName = type switch
        {
            PrincipalType.AssumedRole => ArnParts.AssumedRoleSession(arn) ?? AfterColon(principalId),
            PrincipalType.FederatedUser => ArnParts.LastSegment(arn) ?? AfterColon(principalId),
            _ => null,
        };

        var parsed = new PrincipalIdentity
        {
            Type = type,
            RawType = rawType,
            Arn = arn,
            AccountId = Text(fields[AccountIdField]) ?? ArnParts.Account(arn),
            PrincipalId = principalId,
            AccessKeyId = Text(fields[AccessKeyIdField]),
            UserName = Text(fields[UserNameField])
                ?? (type == PrincipalType.IdentityCenterUser ? (signInUserName is { Length: > 0 } ? signInUserName : Text(onBehalfOf, "userId")) : null),
            RoleName = roleName,
            SessionName = sessionName,
            SessionIssuerArn = Text(issuer, "arn"),
            SessionIssuerType = Text(issuer, "type"),
            SessionIssuerAccountId = Text(issuer, "accountId"),
            InvokedBy = Text(fields[InvokedByField]),
            IdentityProvider = Text(fields[IdentityProviderField]) ?? Text(webIdentity, "federatedProvider"),
            SourceIdentity = Text(sessionContext, "sourceIdentity") ?? Text(fields[SourceIdentityField]),
            OnBehalfOf = Text(onBehalfOf, "userId") ?? Text(onBehalfOf, "subject"),
            AssumedRoot = Boolean(sessionContext, "assumedRoot"),
            MfaAuthenticated = Boolean(attributes, "mfaAuthenticated"),
            SessionCreationDate = Timestamp(attributes, "creationDate"),
            DisplayName = "",
        };
        return parsed with { DisplayName = PrincipalDisplayName.For(parsed) };
    }

    /// <summary>CloudTrail writes <c>""</c> for fields it has no value for (<c>accessKeyId</c> of console sign-ins, <c>arn</c> of Identity Center sign-ins): read as missing.</summary>
    private static string? Text(JsonElement value) => String(value) is { Length: > 0 } text ? text : null;

    private static string? Text(JsonElement? parent, string name) => String(parent, name) is { Length: > 0 } text ? text : null;

    /// <summary><c>AROA…:session</c> (assumed role) or <c>123456789012:name</c> (federated user) → the part after the first colon.</summary>
    private static string? AfterColon(string? principalId) =>
        principalId?.IndexOf(':') is int colon and >= 0 && colon < principalId.Length - 1 ? principalId[(colon + 1)..] : null;
}
