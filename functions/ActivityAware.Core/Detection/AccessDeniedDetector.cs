using System.Text.Json;
using ActivityAware.Core.Rules;

namespace ActivityAware.Core.Detection;

/// <summary>
/// The first detection, <c>AWS.AccessDenied</c>: the error codes AWS services use for authorization failures.
/// Superseded by the rule pack's rule of the same id; kept behind <see cref="IRuleEngine"/> so callers do not change.
/// </summary>
public sealed class AccessDeniedDetector : IRuleEngine
{
    public const string RuleId = "AWS.AccessDenied";
    public const string Category = "access-denied";

    private static readonly HashSet<string> ExactCodes = new(StringComparer.Ordinal)
    {
        "AccessDenied", "AccessDeniedException", "Forbidden", "ForbiddenException", "UnauthorizedException",
        "AuthorizationError", "AuthorizationErrorException", "AuthorizationException", "NotAuthorized", "NotAuthorizedException",
        "InsufficientPermissionsException", "AccessDeniedForDependencyException",
    };

    public IReadOnlyList<RuleMatch> Evaluate(JsonElement record)
    {
        if (record.ValueKind != JsonValueKind.Object
            || !record.TryGetProperty("errorCode", out var errorCode)
            || errorCode.ValueKind != JsonValueKind.String)
            return [];

        var code = errorCode.GetString()!;
        if (!IsAuthorizationFailure(code)) return [];
        return [new RuleMatch(RuleId, "Access denied", Severity.Medium, Category, $"errorCode is '{code}', an authorization failure")];
    }

    public static bool IsAuthorizationFailure(string code) =>
        ExactCodes.Contains(code)
        || code.EndsWith("UnauthorizedOperation", StringComparison.Ordinal)
        || code.StartsWith("UnauthorizedAccess", StringComparison.Ordinal)
        || code.EndsWith(".AccessDenied", StringComparison.Ordinal)
        || code.EndsWith("AccessDeniedException", StringComparison.Ordinal);
}
