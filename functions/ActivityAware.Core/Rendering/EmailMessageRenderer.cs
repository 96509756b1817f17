using System.Net;
using System.Text;
using ActivityAware.Core.Pipeline;

namespace ActivityAware.Core.Rendering;

/// <summary>An alert email: subject without line breaks (no header injection), HTML with every value HTML-encoded, and a text part.</summary>
public sealed class EmailMessageRenderer
{
    public const int SubjectLimit = 200;

    public EmailDocument Render(EnrichOutput input, IReadOnlyList<string> to)
    {
        var alert = input.Alert;
        var severity = SeverityNames.Of(alert.Severity).ToUpperInvariant();
        var subject = OneLine($"[Activity Aware] [{severity}] {alert.Title}");
        var facts = AlertFacts.Of(input);
        var note = AlertFacts.DedupeNote(input.Dedupe);

        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html><body style=\"font-family:sans-serif\">");
        html.Append($"<h2>[{severity}] {Encode(alert.Title)}</h2>");
        foreach (var match in alert.Matches)
            html.Append($"<p><b>{Encode(match.Title)}</b> ({Encode(match.RuleId)}): {Encode(match.Reason)}</p>");
        html.Append("<table cellpadding=\"4\">");
        foreach (var fact in facts) html.Append($"<tr><th align=\"left\">{Encode(fact.Label)}</th><td>{Encode(fact.Value)}</td></tr>");
        html.Append("</table>");
        if (input.Enrichment?.SuggestedPolicyStatement is { } statement)
            html.Append($"<h3>Suggested policy statement</h3><pre>{Encode(statement)}</pre>");
        if (note is not null) html.Append($"<p><i>{Encode(note)}</i></p>");
        html.Append($"<p style=\"color:#888\">Alert key: {Encode(alert.AlertKey)}</p></body></html>");

        var text = new StringBuilder();
        text.AppendLine($"[{severity}] {alert.Title}").AppendLine();
        foreach (var match in alert.Matches) text.AppendLine($"{match.Title} ({match.RuleId}): {match.Reason}");
        text.AppendLine();
        foreach (var fact in facts) text.AppendLine($"{fact.Label}: {fact.Value}");
        if (input.Enrichment?.SuggestedPolicyStatement is { } policy) text.AppendLine().AppendLine("Suggested policy statement:").AppendLine(policy);
        if (note is not null) text.AppendLine().AppendLine(note);
        text.AppendLine().AppendLine($"Alert key: {alert.AlertKey}");

        return new EmailDocument(to, subject, html.ToString(), text.ToString());
    }

    private static string Encode(string value) => WebUtility.HtmlEncode(value);

    /// <summary>Control characters (CR, LF, …) become spaces so a hostile value cannot add mail headers.</summary>
    private static string OneLine(string value)
    {
        var chars = value.Select(c => char.IsControl(c) ? ' ' : c).ToArray();
        var line = new string(chars);
        return line.Length <= SubjectLimit ? line : line[..(SubjectLimit - 1)] + "…";
    }
}
