using ActivityAware.Local.Asl.Definition;

namespace ActivityAware.Local.Tests.Asl.Conformance;

/// <summary>
/// Which Distributed Map definitions load. Sources: developer guide, "Using Map state in Distributed mode" (ProcessorConfig: Mode and,
/// for DISTRIBUTED, ExecutionType STANDARD or EXPRESS; ItemReader, ItemBatcher, ResultWriter and Label belong to Distributed mode),
/// "ItemReader (Map)", "ItemBatcher (Map)", "ResultWriter (Map)"; the LocalStack templates AWS ran (tests/aws/services/stepfunctions/
/// templates/scenarios/statemachines/map_*.json5) must load.
/// </summary>
public class DistributedMapDefinitionTests
{
    private const string Processor = "\"ItemProcessor\":{\"ProcessorConfig\":{\"Mode\":\"DISTRIBUTED\",\"ExecutionType\":\"STANDARD\"},"
        + "\"StartAt\":\"PassItem\",\"States\":{\"PassItem\":{\"Type\":\"Pass\",\"End\":true}}}";

    private const string Reader = "\"ItemReader\":{\"Resource\":\"arn:aws:states:::s3:getObject\",\"ReaderConfig\":{\"InputType\":\"JSON\"},"
        + "\"Parameters\":{\"Bucket.$\":\"$.Bucket\",\"Key.$\":\"$.Key\"}}";

    private static string Machine(string fields) => "{\"StartAt\":\"MapState\",\"States\":{\"MapState\":{\"Type\":\"Map\"," + fields + "," + Processor + ",\"End\":true}}}";

    [Theory]
    [InlineData("map_state_label.json5: a Label with a JSON ItemReader", Reader + ",\"Label\":\"TestMap\"")]
    [InlineData("map_state_tolerated_failure_count.json5", Reader + ",\"ToleratedFailureCount\":10")]
    [InlineData("map_item_reader_base_csv_headers_decl.json5", "\"MaxConcurrency\":1,\"ItemReader\":{\"ReaderConfig\":{\"InputType\":\"CSV\",\"CSVHeaderLocation\":\"GIVEN\",\"CSVHeaders\":[\"H1\",\"H2\",\"H3\"]},\"Resource\":\"arn:aws:states:::s3:getObject\",\"Parameters\":{\"Bucket.$\":\"$.Bucket\",\"Key.$\":\"$.Key\"}}")]
    [InlineData("map_item_reader_base_csv_max_items_path.json5", "\"ItemReader\":{\"ReaderConfig\":{\"InputType\":\"CSV\",\"CSVHeaderLocation\":\"FIRST_ROW\",\"MaxItemsPath\":\"$.MaxItems\"},\"Resource\":\"arn:aws:states:::s3:getObject\",\"Parameters\":{\"Bucket.$\":\"$.Bucket\",\"Key.$\":\"$.Key\"}}")]
    [InlineData("map_item_reader_base_list_objects_v2.json5", "\"ItemReader\":{\"Resource\":\"arn:aws:states:::s3:listObjectsV2\",\"Parameters\":{\"Bucket.$\":\"$.Bucket\"}}")]
    [InlineData("map_item_reader_base_json_with_items_path.json5", "\"MaxConcurrency\":1,\"ItemsPath\":\"$.from_previous\"," + Reader)]
    [InlineData("guide, ItemBatcher: every field", "\"ItemBatcher\":{\"MaxItemsPerBatchPath\":\"$.n\",\"MaxInputBytesPerBatch\":262144,\"BatchInput\":{\"factCheck\":\"December 2022\",\"at.$\":\"$$.Execution.StartTime\"}}")]
    [InlineData("guide, ResultWriter", "\"ResultWriter\":{\"Resource\":\"arn:aws:states:::s3:putObject\",\"Parameters\":{\"Bucket\":\"results\",\"Prefix\":\"csvProcessJobs\"}}")]
    [InlineData("guide, ItemReader: JSONL with a delimiter-free config", "\"ItemReader\":{\"Resource\":\"arn:aws:states:::s3:getObject\",\"ReaderConfig\":{\"InputType\":\"JSONL\",\"MaxItems\":100000000},\"Parameters\":{\"Bucket\":\"b\",\"Key\":\"k.jsonl\"}}")]
    public void Distributed_Loads(string source, string fields)
    {
        var state = AslHarness.Load(Machine(fields)).Graph.States["MapState"];
        Assert.True(state.Distributed is { ExecutionType: "STANDARD" }, source);
    }

    [Fact]
    public void Distributed_LegacyIteratorWithProcessorConfig_Loads()
    {
        // map_state_legacy_config_distributed.json5: the deprecated Iterator takes a ProcessorConfig too.
        var state = AslHarness.Load("""
            {"StartAt":"MapState","States":{"MapState":{"Type":"Map","Iterator":{"ProcessorConfig":{"Mode":"DISTRIBUTED","ExecutionType":"EXPRESS"},
              "StartAt":"P","States":{"P":{"Type":"Pass","End":true}}},"End":true}}}
            """).Graph.States["MapState"];
        Assert.Equal("EXPRESS", state.Distributed?.ExecutionType);
    }

    [Fact]
    public void Inline_HasNoDistributedSettings()
    {
        var state = AslHarness.Load("""
            {"StartAt":"M","States":{"M":{"Type":"Map","ItemProcessor":{"ProcessorConfig":{"Mode":"INLINE"},"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}},"End":true}}}
            """).Graph.States["M"];
        Assert.Null(state.Distributed);
    }

    [Theory]
    [InlineData("Label: empty (map_state_label_empty_fail.json5)", "\"Label\":\"\"", "Label", "must not be empty")]
    [InlineData("Label: over 40 characters (map_state_label_too_long_fail.json5)", "\"Label\":\"ThisIsAVeryLongLabelThatExceedsTheLimitOf40Chars\"", "Label", "at most 40 characters")]
    [InlineData("Label: a character ARNs reserve (map_state_label_invalid_char_fail.json5)", "\"Label\":\"Test:Map\"", "Label", "':'")]
    [InlineData("Label: whitespace", "\"Label\":\"my map\"", "Label", "' '")]
    [InlineData("Label: a control character", "\"Label\":\"a\\u0007b\"", "Label", "\\u0007")]
    [InlineData("ItemBatcher: needs a limit", "\"ItemBatcher\":{\"BatchInput\":{}}", "ItemBatcher", "at least one of MaxItemsPerBatch")]
    [InlineData("ItemBatcher: MaxItemsPerBatch is positive", "\"ItemBatcher\":{\"MaxItemsPerBatch\":0}", "ItemBatcher.MaxItemsPerBatch", "between 1 and")]
    [InlineData("ItemBatcher: MaxInputBytesPerBatch is at most 256 KiB", "\"ItemBatcher\":{\"MaxInputBytesPerBatch\":262145}", "ItemBatcher.MaxInputBytesPerBatch", "between 1 and 262144")]
    [InlineData("ItemBatcher: a value and its path exclude each other", "\"ItemBatcher\":{\"MaxItemsPerBatch\":2,\"MaxItemsPerBatchPath\":\"$.n\"}", "ItemBatcher.MaxItemsPerBatch/MaxItemsPerBatchPath", "only one of")]
    [InlineData("ItemBatcher: BatchInput is an object", "\"ItemBatcher\":{\"MaxItemsPerBatch\":2,\"BatchInput\":[1]}", "ItemBatcher.BatchInput", "must be an object")]
    [InlineData("ItemBatcher: unknown field", "\"ItemBatcher\":{\"MaxItemsPerBatch\":2,\"MaxBatches\":3}", "ItemBatcher.MaxBatches", "expected one of")]
    [InlineData("ItemReader: Resource is an S3 read", "\"ItemReader\":{\"Resource\":\"arn:aws:states:::s3:putObject\",\"ReaderConfig\":{\"InputType\":\"JSON\"}}", "ItemReader.Resource", "must be arn:aws:states:::s3:getObject or arn:aws:states:::s3:listObjectsV2")]
    [InlineData("ItemReader: getObject needs an InputType", "\"ItemReader\":{\"Resource\":\"arn:aws:states:::s3:getObject\",\"Parameters\":{\"Bucket\":\"b\",\"Key\":\"k\"}}", "ItemReader.ReaderConfig.InputType", "is required")]
    [InlineData("ItemReader: InputType is known", "\"ItemReader\":{\"Resource\":\"arn:aws:states:::s3:getObject\",\"ReaderConfig\":{\"InputType\":\"XML\"}}", "ItemReader.ReaderConfig.InputType", "must be CSV or JSON or JSONL")]
    [InlineData("ItemReader: MANIFEST needs S3 Inventory, which is not local", "\"ItemReader\":{\"Resource\":\"arn:aws:states:::s3:getObject\",\"ReaderConfig\":{\"InputType\":\"MANIFEST\"}}", "ItemReader.ReaderConfig.InputType", "not supported by the local interpreter")]
    [InlineData("ItemReader: GIVEN needs CSVHeaders", "\"ItemReader\":{\"Resource\":\"arn:aws:states:::s3:getObject\",\"ReaderConfig\":{\"InputType\":\"CSV\",\"CSVHeaderLocation\":\"GIVEN\"}}", "ItemReader.ReaderConfig.CSVHeaders", "is required when CSVHeaderLocation is GIVEN")]
    [InlineData("ItemReader: CSVHeaders with FIRST_ROW", "\"ItemReader\":{\"Resource\":\"arn:aws:states:::s3:getObject\",\"ReaderConfig\":{\"InputType\":\"CSV\",\"CSVHeaders\":[\"a\"]}}", "ItemReader.ReaderConfig.CSVHeaders", "only when CSVHeaderLocation is GIVEN")]
    [InlineData("ItemReader: CSV settings on JSON", "\"ItemReader\":{\"Resource\":\"arn:aws:states:::s3:getObject\",\"ReaderConfig\":{\"InputType\":\"JSON\",\"CSVDelimiter\":\"PIPE\"}}", "ItemReader.ReaderConfig.CSVDelimiter", "only when InputType is CSV")]
    [InlineData("ItemReader: MaxItems -1 (test_map_item_reader_csv_max_items[-1])", "\"ItemReader\":{\"Resource\":\"arn:aws:states:::s3:getObject\",\"ReaderConfig\":{\"InputType\":\"CSV\",\"MaxItems\":-1}}", "ItemReader.ReaderConfig.MaxItems", "between 0 and 100000000")]
    [InlineData("ItemReader: MaxItems 1.5 (test_map_item_reader_csv_max_items[1.5])", "\"ItemReader\":{\"Resource\":\"arn:aws:states:::s3:getObject\",\"ReaderConfig\":{\"InputType\":\"CSV\",\"MaxItems\":1.5}}", "ItemReader.ReaderConfig.MaxItems", "between 0 and 100000000")]
    [InlineData("ItemReader: MaxItems past 100,000,000 (test_map_item_reader_csv_max_items[100000001])", "\"ItemReader\":{\"Resource\":\"arn:aws:states:::s3:getObject\",\"ReaderConfig\":{\"InputType\":\"CSV\",\"MaxItems\":100000001}}", "ItemReader.ReaderConfig.MaxItems", "between 0 and 100000000")]
    [InlineData("ResultWriter: Resource is s3:putObject", "\"ResultWriter\":{\"Resource\":\"arn:aws:states:::s3:getObject\",\"Parameters\":{\"Bucket\":\"b\"}}", "ResultWriter.Resource", "must be arn:aws:states:::s3:putObject")]
    [InlineData("ResultWriter: names a Bucket", "\"ResultWriter\":{\"Resource\":\"arn:aws:states:::s3:putObject\",\"Parameters\":{\"Prefix\":\"p\"}}", "ResultWriter.Parameters", "must name the Bucket")]
    public void InvalidDistributedField_IsRejectedNamingTheField(string rule, string fields, string field, string messagePart)
    {
        var e = Assert.Throws<AslDefinitionException>(() => AslHarness.Load(Machine(fields)));
        Assert.True(e.Message.Contains($"State 'MapState' field '{field}': ", StringComparison.Ordinal), $"{rule}: {e.Message}");
        Assert.True(e.Message.Contains(messagePart, StringComparison.Ordinal), $"{rule}: {e.Message}");
    }

    [Fact]
    public void ItemReader_InAnInlineMap_IsRejected()
    {
        var e = Assert.Throws<AslDefinitionException>(() => AslHarness.Load("""
            {"StartAt":"M","States":{"M":{"Type":"Map","ItemReader":{"Resource":"arn:aws:states:::s3:listObjectsV2"},
              "ItemProcessor":{"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}},"End":true}}}
            """));
        Assert.EndsWith("State 'M' field 'ItemReader': applies to a Map state in Distributed mode only (ItemProcessor.ProcessorConfig.Mode: DISTRIBUTED)", e.Message);
    }
}
