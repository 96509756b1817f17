namespace ActivityAware.Local.Input;

/// <summary>
/// CloudTrail digest files (log file integrity validation) live under <c>CloudTrail-Digest/</c> and name themselves
/// <c>…_CloudTrail-Digest_…</c>; they hold hashes, not events, so replay skips and counts them.
/// </summary>
public static class DigestFiles
{
    private const string Marker = "CloudTrail-Digest";

    public static bool IsDigest(string path)
    {
        foreach (var segment in path.Split('/', '\\'))
        {
            if (segment.Equals(Marker, StringComparison.Ordinal)) return true;
            if (segment.Contains($"_{Marker}_", StringComparison.Ordinal)) return true;
        }
        return false;
    }
}
