using System.Text;

namespace ActivityAware.Core.Pipeline;

/// <summary>
/// The deduplication key: versioned and delimited (<c>v1|rule|principal|action|error[|resource]</c>); each part has '|' and '\' escaped
/// so attacker-chosen values cannot make two different alerts collide.
/// </summary>
public static class AlertKey
{
    public const string Version = "v1";

    public static string For(string ruleId, string principal, string action, string? error, string? resource = null)
    {
        var builder = new StringBuilder(Version);
        foreach (var part in resource is null ? [ruleId, principal, action, error ?? ""] : new[] { ruleId, principal, action, error ?? "", resource })
        {
            builder.Append('|');
            foreach (var c in part)
            {
                if (c is '|' or '\\') builder.Append('\\');
                builder.Append(c);
            }
        }
        return builder.ToString();
    }
}
