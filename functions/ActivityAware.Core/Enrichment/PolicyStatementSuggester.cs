using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using ActivityAware.Core.CloudTrail;

namespace ActivityAware.Core.Enrichment;

/// <summary>
/// Suggests the IAM statement that would allow a denied call: the action from the error message (else the IAM action the event's call needs), the resource
/// from the message's ARN, else the event's first resource of the action's service, else the ARN the request parameters name, else <c>*</c> with a note.
/// Values from the event are validated, and the JSON is written by a JSON writer, so a hostile message cannot inject policy text.
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
        var service = action[..action.IndexOf(':')];
        var resource = ResourceInMessage(message)
            ?? normalized.Resources.Select(x => x.Arn).FirstOrDefault(arn => arn is not null && ValidArn().IsMatch(arn) && ArnFitsService(arn, service))
            ?? RequestResourceArn.For(normalized, service);

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

    /// <summary>
    /// The ARN after <c>on resource:</c>. S3 quotes it, and an object key may hold spaces: a quoted ARN runs to its closing quote. An
    /// unquoted one must be followed by a space or end the message, so an ARN cut off by truncation is not taken for a whole one.
    /// </summary>
    private static string? ResourceInMessage(string message)
    {
        if (QuotedResourceInMessage().Match(message) is { Success: true } quoted) return quoted.Groups["arn"].Value;
        return UnquotedResourceInMessage().Match(message) is { Success: true } bare ? bare.Groups["arn"].Value.TrimEnd('.', ',') : null;
    }

    /// <summary>
    /// Whether an event's resource can be the resource of an action of <paramref name="service"/>: an S3 object is not what
    /// <c>kms:Decrypt</c> is denied on when S3 reads a KMS-encrypted object for the caller. STS actions act on IAM roles.
    /// </summary>
    private static bool ArnFitsService(string arn, string service)
    {
        var arnService = arn.Split(':', 4)[2];
        return arnService == service || (service == "sts" && arnService == "iam");
    }

    // AWS writes the service prefix in either case ("SNS:Publish" in the IAM User Guide's examples); IAM prefixes are lower case.
    [GeneratedRegex(@"(?:perform: |allows the )(?<service>[A-Za-z0-9-]{1,64}):(?<operation>[A-Za-z0-9*]{1,128})(?=[\s.,]|$)")]
    private static partial Regex ActionInMessage();

    [GeneratedRegex(@"on resource: ""(?<arn>arn:aws[a-z-]*:[a-z0-9-]{1,64}:[a-z0-9-]*:[0-9]*:[^""\u0000-\u001f]{1,1024})""")]
    private static partial Regex QuotedResourceInMessage();

    [GeneratedRegex(@"on resource: (?<arn>arn:aws[a-z-]*:[a-z0-9-]{1,64}:[a-z0-9-]*:[0-9]*:[A-Za-z0-9_+=,.@\-/:*$]{1,1024})(?=\s|$)")]
    private static partial Regex UnquotedResourceInMessage();

    [GeneratedRegex(@"^arn:aws[a-z-]*:[a-z0-9-]{1,64}:[a-z0-9-]*:[0-9]*:[A-Za-z0-9_+=,.@\-/:*$]{1,1024}$")]
    private static partial Regex ValidArn();
}
