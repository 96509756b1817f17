namespace ActivityAware.Core.Normalization;

/// <summary>Pieces of IAM and STS ARNs (<c>arn:partition:service:region:account:resource</c>); null when the text is not such an ARN.</summary>
internal static class ArnParts
{
    public static string? Account(string? arn)
    {
        var parts = Split(arn);
        return parts is { Length: >= 6 } && parts[4].Length > 0 ? parts[4] : null;
    }

    public static string? Resource(string? arn)
    {
        var parts = Split(arn);
        return parts is { Length: >= 6 } ? parts[5] : null;
    }

    /// <summary><c>arn:aws:sts::123:assumed-role/Name/Session</c> → <c>Name</c>.</summary>
    public static string? AssumedRoleName(string? arn) => AssumedRoleSegment(arn, 1);

    /// <summary><c>arn:aws:sts::123:assumed-role/Name/Session</c> → <c>Session</c>.</summary>
    public static string? AssumedRoleSession(string? arn) => AssumedRoleSegment(arn, 2);

    public static string? LastSegment(string? arn)
    {
        var resource = Resource(arn);
        if (string.IsNullOrEmpty(resource)) return null;
        var slash = resource.LastIndexOf('/');
        return slash >= 0 && slash < resource.Length - 1 ? resource[(slash + 1)..] : null;
    }

    private static string? AssumedRoleSegment(string? arn, int index)
    {
        var resource = Resource(arn);
        if (resource is null || !resource.StartsWith("assumed-role/", StringComparison.Ordinal)) return null;
        var segments = resource.Split('/', 3);
        return segments.Length > index && segments[index].Length > 0 ? segments[index] : null;
    }

    private static string[]? Split(string? arn) =>
        arn is not null && arn.StartsWith("arn:", StringComparison.Ordinal) ? arn.Split(':', 6) : null;
}
