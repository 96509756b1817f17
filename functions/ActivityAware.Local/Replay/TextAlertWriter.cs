using ActivityAware.Core.Rules;
using Spectre.Console;

namespace ActivityAware.Local.Replay;

/// <summary>One readable block per alert. Every CloudTrail value is cleaned of control characters and markup-escaped.</summary>
public sealed class TextAlertWriter(IAnsiConsole console) : IAlertWriter
{
    /// <summary>A user agent can be 2,048 characters of anything; the block shows its start, the JSON Lines output all of it.</summary>
    public const int UserAgentWidth = 160;

    public ValueTask WriteAsync(ReplayAlert alert, CancellationToken cancellationToken)
    {
        var candidate = alert.Candidate;
        var e = candidate.Event;
        var identity = e.Identity;
        var account = e.RecipientAccountId ?? identity.AccountId;

        console.MarkupLine($"[{Color(candidate.Severity)}]{Label(candidate.Severity)}[/] [bold]{Safe(candidate.Title)}[/]");
        foreach (var match in candidate.Matches)
            console.MarkupLine($"  rule       {Safe(match.RuleId)} ({Safe(match.Category)}): {Safe(match.Reason)}");
        console.MarkupLine($"  when       {Safe(e.EventTime?.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture) ?? "(no eventTime)")}  account {Safe(account ?? "?")}  region {Safe(e.AwsRegion ?? "?")}");
        console.MarkupLine($"  principal  {Safe(identity.DisplayName)} [grey]({identity.Type}{(identity.Arn is { } arn ? ", " + Safe(arn) : "")})[/]");
        console.MarkupLine($"  call       {Safe(e.EventSource)} {Safe(e.EventName)}{(e.ErrorCode is { } code ? $"  error {Safe(code)}" : "")}");
        if (e.ErrorMessage is { } message) console.MarkupLine($"  message    {Safe(message)}");
        console.MarkupLine($"  from       {Safe(e.SourceIpAddress ?? "?")}  [grey]{Safe(DisplayText.Shortened(e.UserAgent, UserAgentWidth))}[/]");
        foreach (var (label, text) in WorkflowDetailLines.From(alert.Details))
            console.MarkupLine($"  {label,-10} {Safe(text)}");
        console.MarkupLine($"  event      {Safe(e.EventId)}  [grey]{Safe(alert.Location.ToString())}[/]");
        console.WriteLine();
        return ValueTask.CompletedTask;
    }

    private static string Safe(string text) => Markup.Escape(DisplayText.Clean(text));

    internal static string Label(Severity severity) => severity.ToString().ToUpperInvariant();

    internal static string Color(Severity severity) => severity switch
    {
        Severity.Critical => "bold red",
        Severity.High => "red",
        Severity.Medium => "yellow",
        Severity.Low => "blue",
        _ => "grey",
    };

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
