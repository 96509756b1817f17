using System.Globalization;
using ActivityAware.Core.Pipeline;

namespace ActivityAware.Core.Rendering;

/// <summary>The facts every message shows, in the order people read them. Raw values: each renderer escapes them for its medium.</summary>
public static class AlertFacts
{
    public static IReadOnlyList<AlertFact> Of(EnrichOutput input)
    {
        var e = input.Alert.Event;
        var facts = new List<AlertFact>
        {
            new("Principal", e.Identity.Arn is { } arn ? $"{e.Identity.DisplayName} ({arn})" : e.Identity.DisplayName),
            new("Action", $"{e.EventSource} {e.EventName}"),
        };
        if (e.ErrorCode is not null) facts.Add(new("Error", e.ErrorMessage is null ? e.ErrorCode : $"{e.ErrorCode}: {e.ErrorMessage}"));
        var account = e.RecipientAccountId ?? e.Identity.AccountId;
        Add(facts, "Account", input.Enrichment?.AccountAlias is { } alias && account is not null ? $"{account} ({alias})" : account);
        Add(facts, "Region", e.AwsRegion);
        Add(facts, "Source IP", e.SourceIpAddress);
        Add(facts, "User agent", e.UserAgent);
        Add(facts, "Time", e.EventTime?.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture));
        Add(facts, "Event id", e.EventId);
        if (input.Enrichment is { PrincipalTags.Count: > 0 } tagged)
            facts.Add(new("Principal tags", string.Join(", ", tagged.PrincipalTags.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => $"{t.Key}={t.Value}"))));
        Add(facts, "Permissions boundary", input.Enrichment?.PermissionsBoundaryArn);
        if (input.Enrichment?.DenialReason is { } reason)
            facts.Add(new("Denial reason", input.Enrichment.DenialExplanation is { } why ? $"{reason}: {why}" : reason));
        if (input.EnrichmentError is { } error) facts.Add(new("Enrichment failed", error.Error));
        return facts;
    }

    /// <summary>One line on deduplication, or null when there is nothing to say.</summary>
    public static string? DedupeNote(DedupeDecision dedupe) => dedupe switch
    {
        { FailedOpen: true } => "The dedupe store could not be reached; similar alerts may repeat.",
        { SuppressedCount: > 0 } => $"{dedupe.SuppressedCount} similar alert(s) were suppressed in the previous window.",
        _ => null,
    };

    private static void Add(List<AlertFact> facts, string label, string? value)
    {
        if (!string.IsNullOrEmpty(value)) facts.Add(new AlertFact(label, value));
    }
}
