using System.Text.Json;

namespace ActivityAware.Core.CloudTrail.Reading;

/// <summary>
/// A CloudTrail digest file (log file integrity validation) recognised by its content, for digests that are not where AWS writes them
/// (renamed, or copied out of <c>CloudTrail-Digest/</c>): one object with <c>digestStartTime</c>, <c>digestEndTime</c> and the
/// <c>logFiles</c> it signs, and no <c>eventSource</c>. It lists log files; it holds no events.
/// </summary>
public static class DigestFile
{
    public const string SkipReason = "CloudTrail digest file";

    public static bool Is(JsonElement value) =>
        value.ValueKind == JsonValueKind.Object
        && value.TryGetProperty("digestStartTime", out var start) && start.ValueKind == JsonValueKind.String
        && value.TryGetProperty("digestEndTime", out var end) && end.ValueKind == JsonValueKind.String
        && value.TryGetProperty("logFiles", out var logFiles) && logFiles.ValueKind == JsonValueKind.Array
        && !value.TryGetProperty("eventSource", out _);
}
