using System.Text.Json.Nodes;
using ActivityAware.Local.Asl.Definition;

namespace ActivityAware.Local.Asl.Distributed;

/// <summary>
/// Groups a Distributed Map's items as its ItemBatcher says (developer guide, "ItemBatcher (Map)"): each child execution gets
/// <c>{"BatchInput": …, "Items": [...]}</c> (BatchInput only when given) with at most MaxItemsPerBatch items and at most
/// MaxInputBytesPerBatch bytes of input; batches keep the items' order.
/// </summary>
internal static class ItemBatches
{
    public sealed record Batch(JsonObject Input, int ItemCount);

    public static List<Batch> Build(ItemBatcherDefinition batcher, IReadOnlyList<JsonNode?> items, EvaluationScope scope)
    {
        var maxItems = batcher.MaxItemsPerBatch
            ?? (batcher.MaxItemsPerBatchPath is { } itemsPath
                ? (int)Math.Min(itemsPath.EvaluateInteger(scope, "MaxItemsPerBatchPath", 1, n => $"MaxItemsPerBatch must be greater than 0, got {n}."), int.MaxValue)
                : int.MaxValue);
        var maxBytes = batcher.MaxInputBytesPerBatch
            ?? (batcher.MaxInputBytesPerBatchPath is { } bytesPath
                ? (int)bytesPath.EvaluateInteger(scope, "MaxInputBytesPerBatchPath", 1, n => $"MaxInputBytesPerBatch must be greater than 0, got {n}.")
                : StateIoLimit);
        maxBytes = Math.Min(maxBytes, StateIoLimit);
        var batchInput = batcher.BatchInput?.Evaluate(scope);
        var emptyBytes = AslJson.SizeInBytes(NewBatch(batchInput, []));
        var batches = new List<Batch>();
        var current = new List<JsonNode?>();
        var bytes = emptyBytes;
        foreach (var item in items)
        {
            var itemBytes = AslJson.SizeInBytes(item) + (current.Count > 0 ? 1 : 0);
            if (current.Count > 0 && (current.Count == maxItems || bytes + itemBytes > maxBytes))
            {
                batches.Add(new Batch(NewBatch(batchInput, current), current.Count));
                current = [];
                bytes = emptyBytes;
                itemBytes = AslJson.SizeInBytes(item);
            }
            current.Add(item);
            bytes += itemBytes;
        }
        if (current.Count > 0)
            batches.Add(new Batch(NewBatch(batchInput, current), current.Count));
        return batches;
    }

    /// <summary>A batch may not exceed the payload limit of a state's input.</summary>
    private const int StateIoLimit = States.StateIo.MaxPayloadBytes;

    private static JsonObject NewBatch(JsonNode? batchInput, List<JsonNode?> items)
    {
        var batch = new JsonObject();
        if (batchInput is not null)
            batch["BatchInput"] = batchInput.DeepClone();
        batch["Items"] = new JsonArray(items.ToArray());
        return batch;
    }
}
