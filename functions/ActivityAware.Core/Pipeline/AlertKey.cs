using System.Text;

namespace ActivityAware.Core.Pipeline;

/// <summary>
/// The deduplication key: versioned and delimited (<c>v1|rule|principal|action|error[|resource]</c>); each part has '|' and '\' escaped
/// so attacker-chosen values cannot make two different alerts collide.
/// </summary>
public static class AlertKey
{
    public const string Version = "v1";

    /// <summary>The version of keys built from a rule's own dedupe fields (<c>v1f|rule|path=value|…</c>), kept apart from the default shape.</summary>
    public const string FieldsVersion = "v1f";

    public static string For(string ruleId, string principal, string action, string? error, string? resource = null) =>
        Join(Version, resource is null ? [ruleId, principal, action, error ?? ""] : [ruleId, principal, action, error ?? "", resource]);

    public static string ForFields(string ruleId, IEnumerable<(string Path, string Value)> fields) =>
        Join(FieldsVersion, [ruleId, .. fields.Select(f => $"{f.Path}={f.Value}")]);

    private static string Join(string version, IEnumerable<string> parts)
    {
        var builder = new StringBuilder(version);
        foreach (var part in parts)
        {
            builder.Append('|');
            var rest = part.AsSpan();
            for (var special = rest.IndexOfAny('|', '\\'); special >= 0; special = rest.IndexOfAny('|', '\\'))
            {
                builder.Append(rest[..special]).Append('\\').Append(rest[special]);
                rest = rest[(special + 1)..];
            }
            builder.Append(rest);
        }
        return builder.ToString();
    }
}
