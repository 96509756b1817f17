using System.Text.Json;
using System.Text.Json.Nodes;

namespace ActivityAware.Local.Asl.Jsonata.Functions;

/// <summary>Step Functions' $parse(text): the JSON value a string holds (JSON.parse), with -0 read as 0 as AWS records it.</summary>
public static class StepFunctionsJsonParse
{
    public static JsonNode? Parse(string text)
    {
        JsonNode? parsed;
        try
        {
            parsed = JsonNode.Parse(text);
        }
        catch (JsonException e)
        {
            throw new JsonataException("D3204", $"$parse was given text that is not JSON: {e.Message}");
        }
        return parsed is JsonValue value && value.GetValueKind() == JsonValueKind.Number && value.GetValue<double>() == 0 ? JsonValue.Create(0) : parsed;
    }
}
