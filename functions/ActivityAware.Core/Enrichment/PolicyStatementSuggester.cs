using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using ActivityAware.Core.CloudTrail;

namespace ActivityAware.Core.Enrichment;

/// <summary>
/// Suggests the IAM statement that would allow a denied call: the action from the error message (else eventSource prefix + eventName), the resource
/// from the message's ARN, else the event's first resource, else <c>*</c> with a note. Values from the event are validated, and the JSON is written
/// by a JSON writer, so a hostile message cannot inject policy text.
/// </summary>
public static partial class PolicyStatementSuggester
{
    public const string WildcardNote = "The event names no resource, so the statement uses \"*\"; narrow it to the resource before use.";

    public static PolicySuggestion Suggest(NormalizedEvent normalized)
    {
        var message = normalized.ErrorMessage ?? "";
        var action = ActionInMessage().Match(message) is { Success: true } m ? m.Groups["action"].Value : ActionFromEvent(normalized);
        var resource = ResourceInMessage().Match(message) is { Success: true } r ? r.Groups["arn"].Value.TrimEnd('.', ',')
            : normalized.Resources.Select(x => x.Arn).FirstOrDefault(arn => arn is not null && ValidArn().IsMatch(arn));

        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("Effect", "Allow");
            writer.WriteString("Action", action);
            writer.WriteString("Resource", resource ?? "*");
            writer.WriteEndObject();
        }
        return new PolicySuggestion(Encoding.UTF8.GetString(buffer.ToArray()), resource is null ? WildcardNote : null);
    }

    /// <summary><c>s3.amazonaws.com</c> → <c>s3</c>; the prefix is checked so an odd eventSource cannot produce an odd action.</summary>
    public static string ServicePrefix(string eventSource)
    {
        var prefix = eventSource.Split('.')[0].ToLowerInvariant();
        return ServiceName().IsMatch(prefix) ? prefix : "unknown";
    }

    private static string ActionFromEvent(NormalizedEvent normalized)
    {
        var name = OperationName().IsMatch(normalized.EventName) ? normalized.EventName : "*";
        return $"{ServicePrefix(normalized.EventSource)}:{name}";
    }

    [GeneratedRegex(@"(?:perform: |allows the )(?<action>[a-z0-9-]{1,64}:[A-Za-z0-9*]{1,128})(?=[\s.,]|$)")]
    private static partial Regex ActionInMessage();

    [GeneratedRegex(@"on resource: ""?(?<arn>arn:aws[a-z-]*:[a-z0-9-]{1,64}:[a-z0-9-]*:[0-9]*:[A-Za-z0-9_+=,.@\-/:*$]{1,1024})")]
    private static partial Regex ResourceInMessage();

    [GeneratedRegex(@"^arn:aws[a-z-]*:[a-z0-9-]{1,64}:[a-z0-9-]*:[0-9]*:[A-Za-z0-9_+=,.@\-/:*$]{1,1024}$")]
    private static partial Regex ValidArn();

    [GeneratedRegex("^[a-z0-9-]{1,64}$")]
    private static partial Regex ServiceName();

    [GeneratedRegex("^[A-Za-z0-9]{1,128}$")]
    private static partial Regex OperationName();
}
