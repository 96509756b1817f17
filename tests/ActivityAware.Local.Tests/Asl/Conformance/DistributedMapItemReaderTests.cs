using System.Text.Json.Nodes;
using ActivityAware.Local.Asl;
using ActivityAware.Local.Asl.Definition;

namespace ActivityAware.Local.Tests.Asl.Conformance;

/// <summary>
/// ItemReader over S3 (held in memory here; <see cref="DistributedMapS3Tests"/> runs it against moto). Sources: the AWS-validated cases of
/// localstack tests/aws/services/stepfunctions/v2/scenarios/test_base_scenarios.py (test_map_item_reader_base_json,
/// test_map_item_reader_json_no_json_list_object, test_map_item_reader_base_csv_headers_first_line, test_map_item_reader_base_csv_headers_decl,
/// test_map_item_reader_csv_headers_decl_duplicate_headers, test_map_item_reader_csv_max_items[_paths], test_map_item_reader_base_list_objects_v2,
/// test_map_state_label) with their files and templates; developer guide, "ItemReader (Map)" (JSONL, CSVDelimiter, MaxItems). Failure
/// causes are LocalStack's, whose snapshots AWS recorded.
/// </summary>
public class DistributedMapItemReaderTests
{
    private const string Bucket = "bucket-name";

    private static string ReaderMachine(string readerConfig, string resource = ItemReaderDefinition.GetObject, string extra = "") => """
        {"StartAt":"MapState","States":{"MapState":{"Type":"Map","MaxConcurrency":1,
          "ItemReader":{"ReaderConfig":
        """ + readerConfig + """
        ,"Resource":"
        """.TrimEnd() + resource + """
        ","Parameters":{"Bucket.$":"$.Bucket","Key.$":"$.Key"}},
          "ItemProcessor":{"ProcessorConfig":{"Mode":"DISTRIBUTED","ExecutionType":"STANDARD"},"StartAt":"PassItem","States":{"PassItem":{"Type":"Pass","End":true}}},
        """ + extra + """
          "End":true}}}
        """;

    private static AslHarness WithObject(string key, string body)
    {
        var s3 = new InMemoryS3ObjectStore();
        s3.Put(Bucket, key, body);
        return new AslHarness { S3 = s3 };
    }

    private static string Input(string key, string extra = "") => $"{{\"Bucket\":\"{Bucket}\",\"Key\":\"{key}\"{extra}}}";

    private const string Facts = """
        [{"verdict": "true", "statement_date": "6/11/2008", "statement_source": "speech"},
         {"verdict": "false", "statement_date": "6/7/2022", "statement_source": "television"},
         {"verdict": "mostly-true", "statement_date": "5/18/2016", "statement_source": "news"}]
        """;

    [Fact]
    public async Task Json_EachArrayElementIsAnItem()
    {
        var output = await WithObject("file.json", Facts).Output(ReaderMachine("""{"InputType":"JSON"}"""), Input("file.json"));
        Assert.Equal(AslJson.Serialize(JsonNode.Parse(Facts)), output);
    }

    [Fact]
    public async Task Json_NotAnArray_FailsTheMapRunWithItemReaderFailed()
    {
        var result = await WithObject("file.json", """{"Hello": "world"}""").Run(ReaderMachine("""{"InputType":"JSON"}"""), Input("file.json"));
        Assert.Equal(("States.ItemReaderFailed", "Attempting to map over non-iterable node."), (result.Error, result.Cause));
        Assert.Equal(["MapStateStarted", "MapRunStarted", "MapRunFailed", "MapStateFailed"],
            result.Events.Select(e => e.Type).Where(t => t.StartsWith("MapState", StringComparison.Ordinal) && t != "MapStateEntered" || t.StartsWith("MapRun", StringComparison.Ordinal)));
        Assert.Equal("States.ItemReaderFailed", result.Events.Single(e => e.Type == "MapRunFailed").Error);
    }

    [Fact]
    public async Task JsonWithMaxItems_ReadsTheFirstItemsOnly()
    {
        var output = await WithObject("file.json", Facts).Output(ReaderMachine("""{"InputType":"JSON","MaxItems":2}"""), Input("file.json"));
        Assert.Equal(2, JsonNode.Parse(output)!.AsArray().Count);
        Assert.Equal("6/7/2022", (string)JsonNode.Parse(output)![1]!["statement_date"]!);
    }

    [Fact]
    public async Task JsonLines_EachLineIsAnItem_BlankLinesSkipped()
    {
        var output = await WithObject("file.jsonl", "{\"a\":1}\n\n[2]\n\"three\"\n").Output(ReaderMachine("""{"InputType":"JSONL"}"""), Input("file.jsonl"));
        Assert.Equal("""[{"a":1},[2],"three"]""", output);
    }

    private const string CsvWithHeaderRow = "Col1,Col2,Col3\nValue1,Value2,Value3\nValue4,Value5,Value6\n,,,\ntrue,1,'HelloWorld'\nNull,None,\n   \n";

    [Fact]
    public async Task CsvFirstRow_EachRowAnObjectOfStrings_MissingFieldsEmpty_ExtraFieldsDropped()
    {
        var output = await WithObject("file.csv", CsvWithHeaderRow).Output(ReaderMachine("""{"InputType":"CSV","CSVHeaderLocation":"FIRST_ROW"}"""), Input("file.csv"));
        Assert.Equal("""[{"Col1":"Value1","Col2":"Value2","Col3":"Value3"},{"Col1":"Value4","Col2":"Value5","Col3":"Value6"},"""
            + """{"Col1":"","Col2":"","Col3":""},{"Col1":"true","Col2":"1","Col3":"'HelloWorld'"},{"Col1":"Null","Col2":"None","Col3":""},"""
            + """{"Col1":"   ","Col2":"","Col3":""}]""", output);
    }

    [Fact]
    public async Task CsvGivenHeaders_TheFirstRowIsData()
    {
        var output = await WithObject("file.csv", "Value1,Value2,Value3\nValue4,Value5,Value6\n")
            .Output(ReaderMachine("""{"InputType":"CSV","CSVHeaderLocation":"GIVEN","CSVHeaders":["H1","H2","H3"]}"""), Input("file.csv"));
        Assert.Equal("""[{"H1":"Value1","H2":"Value2","H3":"Value3"},{"H1":"Value4","H2":"Value5","H3":"Value6"}]""", output);
    }

    private const string CsvWithoutHeaderRow = "Value1,Value2,Value3\nValue4,Value5,Value6\n,,,\ntrue,1,'HelloWorld'\nNull,None,\n   \n";

    /// <summary>
    /// The recorded outputs, byte for byte: members in the order AWS's Java HashMap iterates them (0,{},True; "",H1), fields past the
    /// headers dropped. test_map_item_reader_base_csv_headers_decl, _csv_headers_decl_extra_fields, _csv_headers_first_row_typed_headers,
    /// _csv_first_row_extra_fields.
    /// </summary>
    [Theory]
    [InlineData("headers_decl", "\"CSVHeaderLocation\":\"GIVEN\",\"CSVHeaders\":[\"H1\",\"H2\",\"H3\"]", CsvWithoutHeaderRow,
        """[{"H1":"Value1","H2":"Value2","H3":"Value3"},{"H1":"Value4","H2":"Value5","H3":"Value6"},{"H1":"","H2":"","H3":""},{"H1":"true","H2":"1","H3":"'HelloWorld'"},{"H1":"Null","H2":"None","H3":""},{"H1":"   ","H2":"","H3":""}]""")]
    [InlineData("headers_decl_extra_fields", "\"CSVHeaderLocation\":\"GIVEN\",\"CSVHeaders\":[\"H1\"]", CsvWithoutHeaderRow,
        """[{"H1":"Value1"},{"H1":"Value4"},{"H1":""},{"H1":"true"},{"H1":"Null"},{"H1":"   "}]""")]
    [InlineData("headers_first_row_typed_headers", "\"CSVHeaderLocation\":\"FIRST_ROW\"", "0,True,{}\nValue4,Value5,Value6\n,,,\ntrue,1,'HelloWorld'\nNull,None,\n   \n",
        """[{"0":"Value4","{}":"Value6","True":"Value5"},{"0":"","{}":"","True":""},{"0":"true","{}":"'HelloWorld'","True":"1"},{"0":"Null","{}":"","True":"None"},{"0":"   ","{}":"","True":""}]""")]
    [InlineData("first_row_extra_fields", "\"CSVHeaderLocation\":\"FIRST_ROW\"", "H1,\nValue4,Value5,Value6\n,,,\ntrue,1,'HelloWorld'\nNull,None,\n   \n",
        """[{"":"Value5","H1":"Value4"},{"":"","H1":""},{"":"1","H1":"true"},{"":"None","H1":"Null"},{"":"","H1":"   "}]""")]
    public async Task Csv_RecordedCases_OutputAsRecorded(string recording, string config, string csv, string expected)
    {
        var output = await WithObject("file.csv", csv).Output(ReaderMachine($"{{\"InputType\":\"CSV\",{config}}}"), Input("file.csv"));
        Assert.True(expected == output, $"{recording}: {output}");
    }

    [Fact]
    public async Task CsvDuplicateHeaders_FailWithItemReaderFailed()
    {
        var (error, cause) = await WithObject("file.csv", "Value1,Value2,Value3\n")
            .Failure(ReaderMachine("""{"InputType":"CSV","CSVHeaderLocation":"GIVEN","CSVHeaders":["H1","H1","H3"]}"""), Input("file.csv"));
        Assert.Equal(("States.ItemReaderFailed", "CSV headers cannot contain duplicates."), (error, cause));
    }

    [Fact]
    public async Task CsvQuotedFieldsAndOtherDelimiters_AreReadAsRfc4180Says()
    {
        var output = await WithObject("file.csv", "name|note\r\n\"Doe| Jane\"|\"said \"\"hi\"\"\nthen left\"\r\nRoe|\r\n")
            .Output(ReaderMachine("""{"InputType":"CSV","CSVDelimiter":"PIPE"}"""), Input("file.csv"));
        // "note" hashes to an earlier HashMap bucket than "name".
        Assert.Equal("""[{"note":"said \"hi\"\nthen left","name":"Doe| Jane"},{"note":"","name":"Roe"}]""", output);
    }

    private const string FourRows = "Col1,Col2\nValue1,Value2\nValue3,Value4\nValue5,Value6\nValue7,Value8\n";

    [Theory]
    [InlineData("0 reads every row", 0, 4)]
    [InlineData("2 reads two", 2, 2)]
    [InlineData("100000000 reads every row", 100_000_000, 4)]
    public async Task CsvMaxItems_LimitsTheRowsRead(string rule, int maxItems, int expected)
    {
        var output = await WithObject("file.csv", FourRows)
            .Output(ReaderMachine($"{{\"InputType\":\"CSV\",\"CSVHeaderLocation\":\"FIRST_ROW\",\"MaxItems\":{maxItems}}}"), Input("file.csv"));
        Assert.True(expected == JsonNode.Parse(output)!.AsArray().Count, $"{rule}: {output}");
    }

    [Theory]
    [InlineData("2", null, 2)]
    [InlineData("100000001", null, 4)]
    [InlineData("-1", "field MaxItems must be positive", 0)]
    [InlineData("1.5", "The MaxItemsPath field refers to value '1.5' which is not a valid integer: $.MaxItems", 0)]
    public async Task CsvMaxItemsPath_ReadsTheLimit_OrFailsWithItemReaderFailed(string value, string? cause, int expected)
    {
        var result = await WithObject("file.csv", FourRows)
            .Run(ReaderMachine("""{"InputType":"CSV","CSVHeaderLocation":"FIRST_ROW","MaxItemsPath":"$.MaxItems"}"""), Input("file.csv", $",\"MaxItems\":{value}"));
        if (cause is null)
        {
            Assert.True(result.Succeeded, result.Cause);
            Assert.Equal(expected, result.Output!.AsArray().Count);
        }
        else
        {
            Assert.Equal(("States.ItemReaderFailed", cause), (result.Error, result.Cause));
        }
    }

    [Fact]
    public async Task MissingObject_FailsWithItemReaderFailedNamingTheS3Error()
    {
        var (error, cause) = await WithObject("file.json", Facts).Failure(ReaderMachine("""{"InputType":"JSON"}"""), Input("other.json"));
        Assert.Equal("States.ItemReaderFailed", error);
        Assert.Contains("NoSuchKey", cause);
    }

    [Fact]
    public async Task ItemReaderFailed_CanBeCaught()
    {
        var machine = """
            {"StartAt":"MapState","States":{"MapState":{"Type":"Map",
              "ItemReader":{"ReaderConfig":{"InputType":"JSON"},"Resource":"arn:aws:states:::s3:getObject","Parameters":{"Bucket.$":"$.Bucket","Key.$":"$.Key"}},
              "ItemProcessor":{"ProcessorConfig":{"Mode":"DISTRIBUTED","ExecutionType":"STANDARD"},"StartAt":"PassItem","States":{"PassItem":{"Type":"Pass","End":true}}},
              "Catch":[{"ErrorEquals":["States.ItemReaderFailed"],"Next":"Handled"}],"Next":"Unreached"},
             "Unreached":{"Type":"Fail"},
             "Handled":{"Type":"Pass","Result":"handled","End":true}}}
            """;
        Assert.Equal("\"handled\"", await WithObject("file.json", "{}").Output(machine, Input("file.json")));
    }

    [Fact]
    public async Task ListObjectsV2_EachObjectUnderThePrefixIsAnItem()
    {
        var s3 = new InMemoryS3ObjectStore();
        for (var i = 0; i < 3; i++)
            s3.Put(Bucket, $"file_{i}.txt", $"{i}HelloWorld!");
        s3.Put(Bucket, "other/file.txt", "elsewhere");
        var machine = """
            {"StartAt":"MapState","States":{"MapState":{"Type":"Map","ItemReader":{"Resource":"arn:aws:states:::s3:listObjectsV2","Parameters":{"Bucket.$":"$.Bucket","Prefix":"file"}},
              "ItemProcessor":{"ProcessorConfig":{"Mode":"DISTRIBUTED","ExecutionType":"STANDARD"},"StartAt":"PassItem","States":{"PassItem":{"Type":"Pass","End":true}}},"End":true}}}
            """;
        var output = JsonNode.Parse(await new AslHarness { S3 = s3 }.Output(machine, $"{{\"Bucket\":\"{Bucket}\"}}"))!.AsArray();
        Assert.Equal(["file_0.txt", "file_1.txt", "file_2.txt"], output.Select(o => (string)o!["Key"]!));
        Assert.Equal(["Etag", "Key", "LastModified", "Size", "StorageClass"], output[0]!.AsObject().Select(p => p.Key));
        Assert.Equal(12, (long)output[0]!["Size"]!);
        Assert.Equal("STANDARD", (string)output[0]!["StorageClass"]!);
    }

    [Fact]
    public async Task Label_WithJsonReader_RunsAsRecorded()
    {
        var machine = ReaderMachine("""{"InputType":"JSON"}""", extra: "\"Label\":\"TestMap\",");
        var result = await WithObject("file.json", "[1,2]").Run(machine, Input("file.json"));
        Assert.Equal("[1,2]", AslJson.Serialize(result.Output));
        Assert.Equal(0, (int)result.Events.Single(e => e.Type == "MapStateStarted").Output!);
    }

    [Fact]
    public void ItemReader_WithoutS3Bound_IsRejectedWhenTheInterpreterIsBuilt()
    {
        var e = Assert.Throws<AslDefinitionException>(() => new AslHarness().Interpreter(ReaderMachine("""{"InputType":"JSON"}""")));
        Assert.Equal("State 'MapState' field 'ItemReader': needs S3 bound (InterpreterBindings.S3): the local interpreter reads and writes S3 through it", e.Message);
    }
}
