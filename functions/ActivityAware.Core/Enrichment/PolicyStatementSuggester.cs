using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using ActivityAware.Core.CloudTrail;

namespace ActivityAware.Core.Enrichment;

/// <summary>
/// Suggests the IAM statement that would allow a denied call: the action from the error message (else the IAM action the event's call needs), the resource
/// from the message's ARN, else the event's first resource, else <c>*</c> with a note. Values from the event are validated, and the JSON is written
/// by a JSON writer, so a hostile message cannot inject policy text.
/// </summary>
public static partial class PolicyStatementSuggester
{
    public const string WildcardNote = "The event names no resource, so the statement uses \"*\"; narrow it to the resource before use.";

    public static PolicySuggestion Suggest(NormalizedEvent normalized)
    {
        var message = normalized.ErrorMessage ?? "";
        var action = ActionInMessage().Match(message) is { Success: true } m
            ? $"{m.Groups["service"].Value.ToLowerInvariant()}:{m.Groups["operation"].Value}"
            : IamActionName.For(normalized.EventSource, normalized.EventName);
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
    public static string ServicePrefix(string eventSource) => IamActionName.ServicePrefix(eventSource);

    // AWS writes the service prefix in either case ("SNS:Publish" in the IAM User Guide's examples); IAM prefixes are lower case.
    [GeneratedRegex(@"(?:perform: |allows the )(?<service>[A-Za-z0-9-]{1,64}):(?<operation>[A-Za-z0-9*]{1,128})(?=[\s.,]|$)")]
    private static partial Regex ActionInMessage();

    [GeneratedRegex(@"on resource: ""?(?<arn>arn:aws[a-z-]*:[a-z0-9-]{1,64}:[a-z0-9-]*:[0-9]*:[A-Za-z0-9_+=,.@\-/:*$]{1,1024})")]
    private static partial Regex ResourceInMessage();

    [GeneratedRegex(@"^arn:aws[a-z-]*:[a-z0-9-]{1,64}:[a-z0-9-]*:[0-9]*:[A-Za-z0-9_+=,.@\-/:*$]{1,1024}$")]
    private static partial Regex ValidArn();
}
