namespace ActivityAware.Local.Input;

/// <summary>
/// Files in a CloudTrail bucket that hold no events, recognised by where AWS writes them, so replay skips and counts them:
/// digest files (log file integrity validation: under <c>CloudTrail-Digest/</c>, named <c>…_CloudTrail-Digest_…</c>) and the
/// other services' logs a shared logging bucket keeps beside CloudTrail's under <c>AWSLogs/[o-org/]account/service/</c>
/// (AWS Config, load balancers, VPC flow logs…). Files outside an <c>AWSLogs/</c> layout are always read.
/// </summary>
public static class NonEventFiles
{
    private const string DigestMarker = "CloudTrail-Digest";

    /// <returns>Why the file is skipped, or null when it is to be read.</returns>
    public static string? SkipReason(string path)
    {
        var segments = path.Split('/', '\\');
        if (segments.Any(s => s.Equals(DigestMarker, StringComparison.Ordinal) || s.Contains($"_{DigestMarker}_", StringComparison.Ordinal)))
            return ActivityAware.Core.CloudTrail.Reading.DigestFile.SkipReason;
        // CloudTrail-Insight (and any other CloudTrail-* event folder) holds records.
        return AwsLogsService(segments) is { } service && !service.StartsWith("CloudTrail", StringComparison.Ordinal)
            ? $"{service} logs, not CloudTrail"
            : null;
    }

    /// <summary>The service folder of an <c>AWSLogs/[o-org/]123456789012/service/…/file</c> path, or null for another layout.</summary>
    private static string? AwsLogsService(string[] segments)
    {
        var root = Array.LastIndexOf(segments, "AWSLogs");
        if (root < 0) return null;
        var account = root + 1;
        if (account < segments.Length && segments[account].StartsWith("o-", StringComparison.Ordinal)) account++;
        var service = account + 1;
        // The service is a folder: something (the file, at least) must follow it.
        if (service >= segments.Length - 1 || !IsAccountId(segments[account])) return null;
        return segments[service];
    }

    private static bool IsAccountId(string segment) => segment.Length == 12 && segment.All(char.IsAsciiDigit);
}
