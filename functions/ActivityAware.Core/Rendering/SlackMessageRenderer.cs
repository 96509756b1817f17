using System.Text;
using System.Text.Json;
using ActivityAware.Core.Pipeline;

namespace ActivityAware.Core.Rendering;

/// <summary>
/// A Slack Block Kit message (incoming webhook body): header, summary, fields, suggested policy, context. Every value from the event goes
/// through <see cref="SlackText"/>; texts are cut to Slack's limits (header 150, field 2000, section 3000, 10 fields per section).
/// </summary>
public sealed class SlackMessageRenderer
{
    public const int HeaderLimit = 150;
    public const int FieldLimit = 2000;
    public const int SectionLimit = 3000;
    public const int MaxFields = 10;
    private const int FieldValueLimit = 500;

    public string Render(EnrichOutput input)
    {
        var alert = input.Alert;
        var severity = SeverityNames.Of(alert.Severity).ToUpperInvariant();
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteString("text", SlackText.Escape($"[{severity}] {alert.Title}", SectionLimit));
            w.WriteStartArray("blocks");

            Block(w, "header", () => Text(w, "text", "plain_text", SlackText.Escape($"[{severity}] {alert.Title}", HeaderLimit)));

            var why = new StringBuilder();
            foreach (var match in alert.Matches)
                why.Append($"*{SlackText.Escape(match.Title, 200)}* ({SeverityNames.Of(match.Severity)}): {SlackText.Code(match.Reason, 500)}\n");
            Block(w, "section", () => Text(w, "text", "mrkdwn", Cut(why.ToString().TrimEnd(), SectionLimit)));

            // A section holds at most 10 fields; the facts go on in further sections rather than being cut.
            foreach (var facts in AlertFacts.Of(input).Chunk(MaxFields))
                Block(w, "section", () => Fields(w, facts));

            if (input.Enrichment?.SuggestedPolicyStatement is { } statement)
                Block(w, "section", () => Text(w, "text", "mrkdwn", "*Suggested policy statement*\n```" + SlackText.Escape(statement.Replace("`", "ˋ"), SectionLimit - 40) + "```"));

            Block(w, "context", () =>
            {
                w.WriteStartArray("elements");
                var context = $"rule {LeadRule.Of(alert).RuleId} · key {alert.AlertKey}";
                if (AlertFacts.DedupeNote(input.Dedupe) is { } note) context += " · " + note;
                w.WriteStartObject();
                w.WriteString("type", "mrkdwn");
                w.WriteString("text", SlackText.Code(context, FieldLimit));
                w.WriteBoolean("verbatim", true);
                w.WriteEndObject();
                w.WriteEndArray();
            });

            w.WriteEndArray();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void Fields(Utf8JsonWriter w, IEnumerable<AlertFact> facts)
    {
        w.WriteStartArray("fields");
        foreach (var fact in facts)
        {
            w.WriteStartObject();
            w.WriteString("type", "mrkdwn");
            w.WriteString("text", Cut($"*{fact.Label}*\n{SlackText.Code(fact.Value, FieldValueLimit)}", FieldLimit));
            w.WriteBoolean("verbatim", true);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void Block(Utf8JsonWriter w, string type, Action body)
    {
        w.WriteStartObject();
        w.WriteString("type", type);
        body();
        w.WriteEndObject();
    }

    private static void Text(Utf8JsonWriter w, string property, string type, string text)
    {
        w.WriteStartObject(property);
        w.WriteString("type", type);
        w.WriteString("text", text);
        if (type == "mrkdwn") w.WriteBoolean("verbatim", true);
        w.WriteEndObject();
    }

    /// <summary>Cuts already-escaped text without leaving half an entity (<c>&amp;am</c>) at the end.</summary>
    private static string Cut(string text, int limit)
    {
        if (text.Length <= limit) return text;
        var cut = text[..(limit - 1)];
        var amp = cut.LastIndexOf('&');
        if (amp >= 0 && cut.IndexOf(';', amp) < 0) cut = cut[..amp];
        return cut + "…";
    }
}
