using System.Text.Json.Nodes;

namespace ActivityAware.Local.Asl.Definition;

/// <summary>
/// A Map state's ProcessorConfig and the fields of Distributed mode (ItemReader, ItemBatcher, ResultWriter, Label), as the developer guide
/// ("Using Map state in Distributed mode") defines them. An inline Map that names a distributed-only field is rejected rather than run
/// as if the field were not there.
/// </summary>
internal static class DistributedMapParser
{
    public const string Inline = "INLINE";
    public const string Distributed = "DISTRIBUTED";

    private static readonly string[] DistributedOnly = ["ItemReader", "ItemBatcher", "ResultWriter", "Label"];

    /// <summary>The Distributed mode settings; null for an inline Map.</summary>
    public static DistributedMapDefinition? Parse(StateFieldReader f, string processorField, JsonNode? processorConfig)
    {
        var (mode, executionType) = ProcessorConfig(f, $"{processorField}.ProcessorConfig", processorConfig);
        if (mode == Inline)
        {
            foreach (var field in DistributedOnly.Where(f.Has))
                throw f.Error(field, $"applies to a Map state in Distributed mode only ({processorField}.ProcessorConfig.Mode: {Distributed})");
            return null;
        }
        return new DistributedMapDefinition(
            executionType ?? throw f.Error($"{processorField}.ProcessorConfig.ExecutionType",
                $"is required when Mode is {Distributed}: {DistributedMapDefinition.Standard} or {DistributedMapDefinition.Express}"),
            f.Has("ItemReader") ? ItemReaderParser.Parse(f, f.Raw("ItemReader")) : null,
            f.Has("ItemBatcher") ? ItemBatcher(f, f.Raw("ItemBatcher")) : null,
            f.Has("ResultWriter") ? ResultWriter(f, f.Raw("ResultWriter")) : null,
            f.Has("Label") ? Label(f) : null);
    }

    private static (string Mode, string? ExecutionType) ProcessorConfig(StateFieldReader f, string field, JsonNode? config)
    {
        if (config is null)
            return (Inline, null);
        var o = config as JsonObject ?? throw f.Error(field, "must be an object");
        var fields = f.Nested(field, o, "Mode", "ExecutionType");
        var mode = fields.OneOf("Mode", Inline, Distributed) ?? Inline;
        var executionType = fields.OneOf("ExecutionType", DistributedMapDefinition.Standard, DistributedMapDefinition.Express);
        if (mode == Inline && executionType is not null)
            throw f.Error($"{field}.ExecutionType", $"applies to Mode {Distributed} only");
        return (mode, executionType);
    }

    private static ItemBatcherDefinition ItemBatcher(StateFieldReader f, JsonNode? node)
    {
        var o = node as JsonObject ?? throw f.Error("ItemBatcher", $"must be an object but is {AslJson.TypeName(node)}");
        var fields = f.Nested("ItemBatcher", o, "MaxItemsPerBatch", "MaxItemsPerBatchPath", "MaxInputBytesPerBatch", "MaxInputBytesPerBatchPath", "BatchInput");
        fields.AtMostOneOf("MaxItemsPerBatch", "MaxItemsPerBatchPath");
        fields.AtMostOneOf("MaxInputBytesPerBatch", "MaxInputBytesPerBatchPath");
        if (!new[] { "MaxItemsPerBatch", "MaxItemsPerBatchPath", "MaxInputBytesPerBatch", "MaxInputBytesPerBatchPath" }.Any(o.ContainsKey))
            throw f.Error("ItemBatcher", "must set at least one of MaxItemsPerBatch, MaxItemsPerBatchPath, MaxInputBytesPerBatch, MaxInputBytesPerBatchPath");
        return new ItemBatcherDefinition(
            fields.Integer("MaxItemsPerBatch", 1, int.MaxValue), fields.Expression("MaxItemsPerBatchPath", allowIntrinsic: false),
            fields.Integer("MaxInputBytesPerBatch", 1, 262_144), fields.Expression("MaxInputBytesPerBatchPath", allowIntrinsic: false),
            fields.Template("BatchInput"));
    }

    private static ResultWriterDefinition ResultWriter(StateFieldReader f, JsonNode? node)
    {
        var o = node as JsonObject ?? throw f.Error("ResultWriter", $"must be an object but is {AslJson.TypeName(node)}");
        var fields = f.Nested("ResultWriter", o, "Resource", "Parameters");
        var resource = fields.OneOf("Resource", ResultWriterDefinition.PutObject) ?? throw f.Error("ResultWriter.Resource", "is required");
        var parameters = fields.Template("Parameters") ?? throw f.Error("ResultWriter.Parameters", "is required: the Bucket and Prefix the results are written to");
        var members = ((JsonObject)o["Parameters"]!).Select(p => p.Key.EndsWith(".$", StringComparison.Ordinal) ? p.Key[..^2] : p.Key).ToHashSet(StringComparer.Ordinal);
        if (!members.Contains("Bucket"))
            throw f.Error("ResultWriter.Parameters", "must name the Bucket the results are written to");
        return new ResultWriterDefinition(resource, parameters);
    }

    /// <summary>Characters a Map Run label may not contain: whitespace, wildcards, brackets and punctuation that ARNs and URLs reserve, and control characters.</summary>
    private const string LabelForbidden = " ?*<>{}[]:;,\\|^~$#%&`\"";

    private static string Label(StateFieldReader f)
    {
        var label = f.String("Label")!;
        if (label.Length == 0)
            throw f.Error("Label", "must not be empty");
        if (label.Length > 40)
            throw f.Error("Label", $"must be at most 40 characters but has {label.Length}");
        foreach (var c in label)
        {
            if (LabelForbidden.Contains(c) || c < 0x20 || c is >= (char)0x7F and < (char)0xA0)
                throw f.Error("Label", $"contains the character '{(char.IsControl(c) ? $"\\u{(int)c:x4}" : c.ToString())}', which a Map Run label may not contain");
        }
        return label;
    }
}
