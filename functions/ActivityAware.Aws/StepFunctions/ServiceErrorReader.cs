using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ActivityAware.Aws.StepFunctions;

/// <summary>
/// Turns an error response into a <see cref="StepFunctionsException"/>. Step Functions answers JSON with <c>__type</c>
/// ("com.amazonaws.swf.service.v2.model#ExecutionDoesNotExist" or the bare name); signature and authorization failures
/// can come back as XML with a &lt;Code&gt; element instead.
/// </summary>
internal static partial class ServiceErrorReader
{
    public static StepFunctionsException Read(string operation, HttpStatusCode status, string body)
    {
        if (TryParseObject(body) is { } json)
        {
            var type = json["__type"]?.GetValue<string>() ?? "UnknownError";
            var message = json["message"]?.GetValue<string>() ?? json["Message"]?.GetValue<string>() ?? body;
            return new StepFunctionsException(operation, status, type[(type.LastIndexOf('#') + 1)..], message);
        }
        var code = XmlCode().Match(body);
        var xmlMessage = XmlMessage().Match(body);
        return new StepFunctionsException(operation, status,
            code.Success ? code.Groups[1].Value : "UnknownError",
            xmlMessage.Success ? xmlMessage.Groups[1].Value : body);
    }

    private static JsonObject? TryParseObject(string body)
    {
        try
        {
            return JsonNode.Parse(body) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    [GeneratedRegex("<Code>([^<]*)</Code>")]
    private static partial Regex XmlCode();

    [GeneratedRegex("<Message>([^<]*)</Message>")]
    private static partial Regex XmlMessage();
}
