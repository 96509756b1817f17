using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ActivityAware.Local.Asl.Definition;
using ActivityAware.Local.Asl.Tasks;

namespace ActivityAware.Local.Asl.Distributed;

/// <summary>
/// Reads a Distributed Map's items from S3 as its ItemReader says. Anything that keeps the items from being read (S3 errors, a file
/// that is not what InputType says, a bad MaxItemsPath) is States.ItemReaderFailed, which fails the Map Run.
/// </summary>
internal static class ItemReaderRunner
{
    public const string ItemReaderFailed = "States.ItemReaderFailed";

    public static async Task<JsonArray> ReadAsync(ItemReaderDefinition reader, EvaluationScope scope, IS3ObjectStore? s3, CancellationToken ct)
    {
        var maxItems = MaxItems(reader, scope);
        var parameters = reader.Parameters?.Evaluate(scope) as JsonObject ?? [];
        var bucket = Parameter(parameters, "Bucket", required: true)!;
        if (s3 is null)
            throw new StatesErrorException(ItemReaderFailed, "no S3 is bound to the local interpreter (InterpreterBindings.S3)");
        if (reader.Resource == ItemReaderDefinition.ListObjectsV2)
        {
            var listed = await Call(() => s3.ListObjectsAsync(bucket, Parameter(parameters, "Prefix", required: false), ct), ct);
            return new JsonArray(listed.Take((int)Math.Min(maxItems, int.MaxValue)).Select(o => (JsonNode?)Listed(o)).ToArray());
        }
        var key = Parameter(parameters, "Key", required: true)!;
        var text = await Call(() => s3.GetObjectTextAsync(bucket, key, ct), ct);
        return reader.InputType switch
        {
            "CSV" => Csv(reader, text, maxItems),
            "JSONL" => JsonLines(text, maxItems),
            _ => JsonArrayOf(text, maxItems),
        };
    }

    /// <summary>MaxItems, or what MaxItemsPath selects (worded as LocalStack's AWS-validated interpreter words it); 0 means every item.</summary>
    private static long MaxItems(ItemReaderDefinition reader, EvaluationScope scope)
    {
        var max = reader.MaxItems;
        if (reader.MaxItemsPath is { } path)
        {
            var value = path.Evaluate(scope, "MaxItemsPath");
            if (!AslJson.TryGetInteger(value, out max))
                throw new StatesErrorException(ItemReaderFailed,
                    $"The MaxItemsPath field refers to value '{(AslJson.TryGetString(value, out var s) ? s : AslJson.Serialize(value))}' which is not a valid integer: {path.Text}");
            if (max < 0)
                throw new StatesErrorException(ItemReaderFailed, "field MaxItems must be positive");
        }
        return max == 0 ? ItemReaderDefinition.MaxItemsLimit : Math.Min(max, ItemReaderDefinition.MaxItemsLimit);
    }

    private static string? Parameter(JsonObject parameters, string name, bool required)
    {
        if (AslJson.TryGetString(parameters[name], out var value))
            return value;
        return required || parameters.ContainsKey(name)
            ? throw new StatesErrorException(ItemReaderFailed, $"the ItemReader Parameters must give {name} as a string, not {AslJson.Serialize(parameters[name])}")
            : null;
    }

    private static async Task<T> Call<T>(Func<Task<T>> call, CancellationToken ct)
    {
        try
        {
            return await call();
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            throw new StatesErrorException(ItemReaderFailed, e.Message, e);
        }
    }

    private static JsonObject Listed(S3ListedObject o) => new()
    {
        ["Etag"] = o.ETag,
        ["Key"] = o.Key,
        ["LastModified"] = o.LastModified.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        ["Size"] = o.Size,
        ["StorageClass"] = o.StorageClass,
    };

    private static JsonArray JsonArrayOf(string text, long maxItems)
    {
        var node = Parse(text);
        if (node is not JsonArray array)
            throw new StatesErrorException(ItemReaderFailed, "Attempting to map over non-iterable node.");
        while (array.Count > maxItems)
            array.RemoveAt(array.Count - 1);
        return array;
    }

    private static JsonArray JsonLines(string text, long maxItems)
    {
        var items = new JsonArray();
        foreach (var line in text.Split('\n'))
        {
            if (items.Count >= maxItems)
                break;
            if (line.Trim().Length > 0)
                items.Add(Parse(line));
        }
        return items;
    }

    private static JsonNode? Parse(string text)
    {
        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException e)
        {
            throw new StatesErrorException(ItemReaderFailed, $"The object is not valid JSON: {e.Message}", e);
        }
    }

    /// <summary>
    /// Each row an object from header to field (a string; a missing field is "", a field past the last header is dropped), headers from
    /// the first row or as given, members in the order AWS writes them (<see cref="JavaHashMapOrder"/>).
    /// </summary>
    private static JsonArray Csv(ItemReaderDefinition reader, string text, long maxItems)
    {
        using var rows = CsvRows.Read(text, reader.CsvDelimiter).GetEnumerator();
        IReadOnlyList<string> headers = reader.CsvHeaders ?? (rows.MoveNext() ? rows.Current : []);
        if (headers.Distinct(StringComparer.Ordinal).Count() < headers.Count)
            throw new StatesErrorException(ItemReaderFailed, "CSV headers cannot contain duplicates.");
        var order = JavaHashMapOrder.Of(headers);
        var items = new JsonArray();
        while (items.Count < maxItems && rows.MoveNext())
        {
            var row = rows.Current;
            var item = new JsonObject();
            foreach (var i in order)
                item[headers[i]] = i < row.Count ? row[i] : "";
            items.Add(item);
        }
        return items;
    }
}
