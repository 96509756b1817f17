using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ActivityAware.Core.Pipeline;
using ActivityAware.Core.Rules;

namespace ActivityAware.Core.Rendering;

/// <summary>
/// A PagerDuty Events API v2 trigger. <c>routing_key</c> is left empty: the sender fills it from the secret at send time, so the key never
/// travels through the state machine. <c>dedup_key</c> is the alert key (hashed when longer than PagerDuty's 255 characters).
/// </summary>
public sealed class PagerDutyEventRenderer
{
    public const int SummaryLimit = 1024;
    public const int DedupKeyLimit = 255;

    public string Render(EnrichOutput input)
    {
        var alert = input.Alert;
        var e = alert.Event;
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteString("routing_key", "");
            w.WriteString("event_action", "trigger");
            w.WriteString("dedup_key", DedupKey(alert.AlertKey));
            w.WriteStartObject("payload");
            w.WriteString("summary", Cut(alert.Title, SummaryLimit));
            w.WriteString("source", Cut(e.RecipientAccountId is { } account ? $"aws:{account}:{e.AwsRegion}" : e.EventSource, 255));
            w.WriteString("severity", Map(alert.Severity));
            if (e.EventTime is { } time) w.WriteString("timestamp", time.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
            w.WriteString("component", Cut(e.EventSource, 255));
            w.WriteString("class", LeadRule.Of(alert).RuleId);
            w.WriteStartObject("custom_details");
            foreach (var fact in AlertFacts.Of(input)) w.WriteString(fact.Label, fact.Value);
            foreach (var match in alert.Matches) w.WriteString($"Rule {match.RuleId}", match.Reason);
            if (input.Enrichment?.SuggestedPolicyStatement is { } statement) w.WriteString("Suggested policy statement", statement);
            if (AlertFacts.DedupeNote(input.Dedupe) is { } note) w.WriteString("Deduplication", note);
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    public static string Map(Severity severity) => severity switch
    {
        Severity.Critical => "critical",
        Severity.High => "error",
        Severity.Medium => "warning",
        _ => "info",
    };

    public static string DedupKey(string alertKey) =>
        alertKey.Length <= DedupKeyLimit ? alertKey : "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(alertKey)));

    private static string Cut(string text, int limit) => text.Length <= limit ? text : text[..(limit - 1)] + "…";
}
