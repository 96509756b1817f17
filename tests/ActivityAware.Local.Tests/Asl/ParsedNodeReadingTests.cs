using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ActivityAware.Local.Asl;
using ActivityAware.Local.Asl.Definition;
using ActivityAware.Local.Asl.Execution;
using ActivityAware.Local.Asl.Tasks;
using ActivityAware.Local.Asl.JsonPath;
using ActivityAware.Local.Workflow;

namespace ActivityAware.Local.Tests.Asl;

/// <summary>
/// Reference paths over a parsed document that has not been built into nodes are walked in its element: they must select what they
/// select in the built document, and leave the parsed document as it was parsed.
/// </summary>
public class ParsedNodeReadingTests
{
    // \u00e9 stays escaped in the parsed text; a document written again from nodes has é instead. That tells the two apart.
    private const string Doc = """{"a":{"b":[1,{"c":"d\u00e9"},null],"e":true},"n":null,"s":"x","o":{},"arr":[[0,1],[2]],"weird key":{"d.e":7}}""";

    [Theory]
    [InlineData("$.a")]
    [InlineData("$.a.b")]
    [InlineData("$.a.b[1]")]
    [InlineData("$.a.b[1].c")]
    [InlineData("$.a.b[-1]")]
    [InlineData("$.a.b[-3]")]
    [InlineData("$.a.e")]
    [InlineData("$.n")]
    [InlineData("$.s")]
    [InlineData("$.o")]
    [InlineData("$.arr[0][1]")]
    [InlineData("$['weird key']['d.e']")]
    public void TrySelect_ParsedDocument_SelectsWhatTheBuiltDocumentDoes(string path)
    {
        var expression = JsonPathExpression.Parse(path);

        Assert.True(expression.TrySelect(Built(), out var fromBuilt));
        Assert.True(expression.TrySelect(JsonNode.Parse(Doc), out var fromParsed));

        Assert.Equal(AslJson.Serialize(fromBuilt), AslJson.Serialize(fromParsed));
        Assert.Equal(AslJson.KindOf(fromBuilt), AslJson.KindOf(fromParsed));
    }

    [Theory]
    [InlineData("$.missing")]
    [InlineData("$.a.missing")]
    [InlineData("$.a.b[3]")]
    [InlineData("$.a.b[-4]")]
    [InlineData("$.s.length")]
    [InlineData("$.a[0]")]
    [InlineData("$.a.b.c")]
    [InlineData("$.n.x")]
    public void TrySelect_ParsedDocumentPathSelectsNothing_FalseAsInTheBuiltDocument(string path)
    {
        var expression = JsonPathExpression.Parse(path);

        Assert.False(expression.TrySelect(Built(), out _));
        Assert.False(expression.TrySelect(JsonNode.Parse(Doc), out _));
    }

    [Fact]
    public void TrySelect_SelectedNodeChanged_DocumentUnchanged()
    {
        var document = JsonNode.Parse(Doc);
        JsonPathExpression.Parse("$.a").TrySelect(document, out var selected);

        selected!.AsObject()["e"] = false;

        Assert.True(JsonPathExpression.Parse("$.a.e").TrySelect(document, out var e));
        Assert.True(e!.GetValue<bool>());
    }

    [Fact]
    public async Task TrySelect_ParsedDocumentRead_StaysAsParsedWhenPassedOn()
    {
        var document = JsonNode.Parse(Doc);
        JsonPathExpression.Parse("$.a.b[1].c").TrySelect(document, out _);

        Assert.Equal(Doc, await PassedToAHandler(document));
    }

    [Fact]
    public async Task Adapt_ParsedPayloadChanged_HandlerGetsTheChange()
    {
        var document = JsonNode.Parse(Doc)!.AsObject();
        document["s"] = "changed";

        var received = JsonNode.Parse(await PassedToAHandler(document))!;

        Assert.Equal("changed", received["s"]!.GetValue<string>());
        Assert.Equal("dé", received["a"]!["b"]![1]!["c"]!.GetValue<string>());
    }

    [Fact]
    public async Task Adapt_ParsedPayloadReadByName_HandlerGetsEquivalentJson()
    {
        var document = JsonNode.Parse(Doc)!.AsObject();
        _ = document["s"];

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(Doc), JsonNode.Parse(await PassedToAHandler(document))));
    }

    [Fact]
    public async Task Adapt_PayloadFromADefinitionWithComments_HandlerGetsPlainJson()
    {
        // The loader skips comments in a definition, but they stay in the parsed text of a Pass state's Result.
        const string definition = """
            {"StartAt":"P","States":{
              "P":{"Type":"Pass","Result":{ /* a note */ "a": 1 },"Next":"T"},
              "T":{"Type":"Task","Resource":"arn:aws:lambda:us-east-1:123456789012:function:f","End":true}}}
            """;
        string? received = null;
        var functions = new LambdaFunctionRegistry().Register("f", StreamHandlerAdapter.Adapt(async input =>
        {
            using var reader = new StreamReader(input, Encoding.UTF8);
            received = await reader.ReadToEndAsync();
            using var strict = JsonDocument.Parse(received);
            return new MemoryStream("{}"u8.ToArray(), 0, 2, false, true);
        }));

        var result = await new StateMachineInterpreter(StateMachineLoader.Load(definition, "m"), new InterpreterBindings { Lambda = functions })
            .ExecuteAsync(new JsonObject());

        Assert.True(result.Succeeded, $"{result.Error}: {result.Cause}");
        Assert.Equal("""{"a":1}""", received);
    }

    /// <summary>The document built node by node, with no parsed element anywhere in it.</summary>
    private static JsonNode Built() => Build(JsonDocument.Parse(Doc).RootElement)!;

    private static JsonNode? Build(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => new JsonObject(element.EnumerateObject().Select(p => KeyValuePair.Create(p.Name, Build(p.Value)))),
        JsonValueKind.Array => new JsonArray(element.EnumerateArray().Select(Build).ToArray()),
        JsonValueKind.String => JsonValue.Create(element.GetString()),
        JsonValueKind.Number => JsonValue.Create(element.GetInt64()),
        JsonValueKind.True or JsonValueKind.False => JsonValue.Create(element.GetBoolean()),
        _ => null,
    };

    private static async Task<string> PassedToAHandler(JsonNode? payload)
    {
        string? received = null;
        await StreamHandlerAdapter.Adapt(async input =>
        {
            using var reader = new StreamReader(input, Encoding.UTF8);
            received = await reader.ReadToEndAsync();
            return new MemoryStream("{}"u8.ToArray(), 0, 2, false, true);
        })(payload, CancellationToken.None);
        return received!;
    }
}
