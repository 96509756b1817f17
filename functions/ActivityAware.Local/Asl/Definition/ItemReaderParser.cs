using System.Text.Json.Nodes;

namespace ActivityAware.Local.Asl.Definition;

/// <summary>
/// A Distributed Map's ItemReader (developer guide, "ItemReader (Map)"): <c>s3:getObject</c> over a JSON, JSONL or CSV object, or
/// <c>s3:listObjectsV2</c> over a bucket and prefix. Manifests and Parquet files need what only AWS has (Inventory, Parquet) and are rejected.
/// </summary>
internal static class ItemReaderParser
{
    public static ItemReaderDefinition Parse(StateFieldReader f, JsonNode? node)
    {
        var o = node as JsonObject ?? throw f.Error("ItemReader", $"must be an object but is {AslJson.TypeName(node)}");
        var fields = f.Nested("ItemReader", o, "Resource", "Parameters", "ReaderConfig");
        var resource = fields.OneOf("Resource", ItemReaderDefinition.GetObject, ItemReaderDefinition.ListObjectsV2)
            ?? throw f.Error("ItemReader.Resource", "is required");
        var parameters = fields.Template("Parameters");
        var configNode = fields.Raw("ReaderConfig");
        if (fields.Has("ReaderConfig") && configNode is not JsonObject)
            throw fields.Error("ReaderConfig", $"must be an object but is {AslJson.TypeName(configNode)}");
        var config = f.Nested("ItemReader.ReaderConfig", configNode as JsonObject ?? [],
            "InputType", "CSVHeaderLocation", "CSVHeaders", "CSVDelimiter", "MaxItems", "MaxItemsPath");
        var inputType = config.OneOf("InputType", "CSV", "JSON", "JSONL", "MANIFEST", "PARQUET");
        if (inputType is "MANIFEST" or "PARQUET")
            throw config.Error("InputType", $"{inputType} is not supported by the local interpreter (supported: CSV, JSON, JSONL)");
        if (resource == ItemReaderDefinition.GetObject && inputType is null)
            throw config.Error("InputType", $"is required with {ItemReaderDefinition.GetObject}: CSV, JSON or JSONL");
        var headerLocation = config.OneOf("CSVHeaderLocation", "FIRST_ROW", "GIVEN") ?? "FIRST_ROW";
        var headers = Headers(config);
        if (headerLocation == "GIVEN" && headers is null)
            throw config.Error("CSVHeaders", "is required when CSVHeaderLocation is GIVEN");
        if (headerLocation == "FIRST_ROW" && headers is not null)
            throw config.Error("CSVHeaders", "applies only when CSVHeaderLocation is GIVEN");
        var delimiter = config.OneOf("CSVDelimiter", "COMMA", "PIPE", "SEMICOLON", "SPACE", "TAB") switch
        {
            "PIPE" => '|',
            "SEMICOLON" => ';',
            "SPACE" => ' ',
            "TAB" => '\t',
            _ => ',',
        };
        if (inputType != "CSV")
        {
            foreach (var csvField in new[] { "CSVHeaderLocation", "CSVHeaders", "CSVDelimiter" }.Where(config.Has))
                throw config.Error(csvField, "applies only when InputType is CSV");
        }
        config.AtMostOneOf("MaxItems", "MaxItemsPath");
        return new ItemReaderDefinition(resource, parameters, inputType, headerLocation, headers, delimiter,
            config.Integer("MaxItems", 0, ItemReaderDefinition.MaxItemsLimit) ?? 0, config.Expression("MaxItemsPath", allowIntrinsic: false));
    }

    private static List<string>? Headers(StateFieldReader config)
    {
        if (!config.Has("CSVHeaders"))
            return null;
        var node = config.Raw("CSVHeaders");
        if (node is not JsonArray { Count: > 0 } array)
            throw config.Error("CSVHeaders", $"must be a non-empty array of strings but is {AslJson.Serialize(node)}");
        var headers = new List<string>(array.Count);
        foreach (var item in array)
            headers.Add(AslJson.TryGetString(item, out var s) ? s : throw config.Error("CSVHeaders", $"must hold strings only, not {AslJson.Serialize(item)}"));
        return headers;
    }
}
