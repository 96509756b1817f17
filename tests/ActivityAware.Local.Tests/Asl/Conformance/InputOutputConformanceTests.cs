using System.Text.Json.Nodes;
using ActivityAware.Local.Asl.Definition;

namespace ActivityAware.Local.Tests.Asl.Conformance;

/// <summary>States Language spec, "Input and Output Processing with JSONPath" and "JSONPath Runtime Errors".</summary>
public class InputOutputConformanceTests
{
    [Theory]
    [InlineData("InputPath selects the effective input; ResultPath places the result in the raw input (spec: sum example)",
        "\"InputPath\":\"$.numbers\",\"ResultPath\":\"$.sum\"", """{"title":"Numbers to add","numbers":{"val1":3,"val2":4}}""",
        """{"title":"Numbers to add","numbers":{"val1":3,"val2":4},"sum":7}""")]
    [InlineData("ResultPath overwrites an existing field (spec: master.detail)",
        "\"InputPath\":\"$.master\",\"ResultPath\":\"$.master.detail\"", """{"master":{"detail":[1,2,3]}}""", """{"master":{"detail":6}}""")]
    [InlineData("ResultPath constructs intervening fields (spec: master.result.sum)",
        "\"InputPath\":\"$.master\",\"ResultPath\":\"$.master.result.sum\"", """{"master":{"detail":[1,2,3]}}""",
        """{"master":{"detail":[1,2,3],"result":{"sum":6}}}""")]
    [InlineData("ResultPath null discards the result; the raw input becomes the result",
        "\"ResultPath\":null", """{"detail":[1,2,3]}""", """{"detail":[1,2,3]}""")]
    [InlineData("OutputPath null discards input and result: the effective output is {}",
        "\"OutputPath\":null", """{"detail":[1,2,3]}""", "{}")]
    [InlineData("OutputPath applies after ResultPath",
        "\"ResultPath\":\"$.r\",\"OutputPath\":\"$.r\"", """{"detail":[1,2,3]}""", "6")]
    [InlineData("OutputPath that yields several values gives a JSON array",
        "\"ResultPath\":\"$.r\",\"OutputPath\":\"$.a[0,1]\"", """{"a":[1,2,3],"detail":[1,2,3]}""", "[1,2]")]
    [InlineData("ResultSelector shapes the result before ResultPath",
        "\"ResultSelector\":{\"total.$\":\"$\"},\"ResultPath\":\"$.out\"", """{"detail":[1,2,3]}""", """{"detail":[1,2,3],"out":{"total":6}}""")]
    public async Task Task_InputAndOutputProcessing_FollowsTheSpec(string rule, string fields, string input, string expected)
    {
        var harness = new AslHarness().Function("f", payload =>
        {
            var values = payload is JsonObject o && o["detail"] is JsonArray d ? d : payload is JsonObject p ? new JsonArray(p.Select(kv => kv.Value?.DeepClone()).ToArray()) : null;
            return values?.Sum(v => (int)v!) ?? 0;
        });
        var output = await harness.Output(AslHarness.TaskMachine(fields), input);
        Assert.True(expected == output, $"{rule}: expected {expected} but got {output}");
    }

    [Fact]
    public async Task InputPathNull_EffectiveInputIsEmptyObject()
    {
        JsonNode? seen = null;
        var harness = new AslHarness().Function("f", payload => { seen = payload?.DeepClone(); return 1; });
        await harness.Output(AslHarness.TaskMachine("\"InputPath\":null"), """{"a":1}""");
        Assert.Equal("{}", seen!.ToJsonString());
    }

    [Fact]
    public async Task InputPathWithSeveralValues_EffectiveInputIsTheirArray()
    {
        var output = await new AslHarness().Output(AslHarness.PassMachine("\"InputPath\":\"$.a[0,1]\""), """{"a":[1,2,3]}""");
        Assert.Equal("[1,2]", output);
    }

    [Theory]
    [InlineData("Paths use Jayway's syntax: several properties at the leaf select one object of them", "$['a','c']", """{"a":1,"c":3}""")]
    [InlineData("a property the parent lacks is left out of that object", "$.o['x','missing']", """{"x":true}""")]
    [InlineData("several properties before the leaf select each in turn", "$['o','p'].x", "[true,false]")]
    [InlineData("a negative index counts from the end", "$.list[-1]", "30")]
    [InlineData("a slice with a negative start takes the last items", "$.list[-2:]", "[20,30]")]
    [InlineData("a filter selects the matching items", "$.items[?(@.n > 1)].n", "[2,3]")]
    [InlineData("deep scan collects every match", "$..x", "[true,false]")]
    [InlineData("length() counts an array", "$.list.length()", "3")]
    public async Task JaywayPathSyntax_SelectsAsJaywayDoes(string rule, string path, string expected)
    {
        const string input = """{"a":1,"b":2,"c":3,"o":{"x":true},"p":{"x":false},"list":[10,20,30],"items":[{"n":1},{"n":2},{"n":3}]}""";
        var output = await new AslHarness().Output(AslHarness.PassMachine($"\"InputPath\":\"{path}\""), input);
        Assert.True(expected == output, $"{rule}: got {output}");
    }

    [Fact]
    public async Task PassResultPath_IntoGreeting_BuildsIntermediateObjects()
    {
        // Spec: input {"a":1}, result "Hi!", ResultPath "$.b.greeting" → {"a":1,"b":{"greeting":"Hi!"}}.
        var output = await new AslHarness().Output(AslHarness.PassMachine("\"Result\":\"Hi!\",\"ResultPath\":\"$.b.greeting\""), """{"a":1}""");
        Assert.Equal("""{"a":1,"b":{"greeting":"Hi!"}}""", output);
    }

    [Theory]
    [InlineData("spec: input \"foo\" with ResultPath $.x cannot apply", "\"foo\"", "$.x")]
    [InlineData("a number input cannot take a field", "5", "$.x")]
    [InlineData("an array input cannot take a field", "[1]", "$.x")]
    [InlineData("a scalar on the way cannot take a field", """{"a":1}""", "$.a.b")]
    [InlineData("an index past the end of an array cannot be written", """{"a":[1]}""", "$.a[3]")]
    public async Task ResultPathThatCannotApply_FailsWithResultPathMatchFailure(string rule, string input, string resultPath)
    {
        var (error, _) = await new AslHarness().Failure(AslHarness.PassMachine($"\"Result\":1,\"ResultPath\":\"{resultPath}\""), input);
        Assert.True(error == "States.ResultPathMatchFailure", $"{rule}: got {error}");
    }

    [Fact]
    public async Task ResultPathMatchFailure_IsCaughtByStatesAll()
    {
        var output = await new AslHarness().Output("""
            {"StartAt":"Par","States":{"Par":{"Type":"Parallel","Branches":[{"StartAt":"P","States":{"P":{"Type":"Pass","Result":1,"ResultPath":"$.x","End":true}}}],
              "Catch":[{"ErrorEquals":["States.ALL"],"Next":"Done"}],"End":true},
              "Done":{"Type":"Pass","OutputPath":"$.Error","End":true}}}
            """, "\"foo\"");
        Assert.Equal("\"States.ResultPathMatchFailure\"", output);
    }

    [Theory]
    [InlineData("ResultPath MUST NOT begin with $$", "\"ResultPath\":\"$$.x\"")]
    [InlineData("ResultPath MUST be a Reference Path (no wildcard)", "\"ResultPath\":\"$.a[*]\"")]
    [InlineData("ResultPath MUST be a Reference Path (no filter)", "\"ResultPath\":\"$.a[?(@.b)]\"")]
    [InlineData("ResultPath MUST be a Reference Path (no slice)", "\"ResultPath\":\"$.a[0:1]\"")]
    [InlineData("ResultPath MUST be a Reference Path (no union)", "\"ResultPath\":\"$.a[0,1]\"")]
    [InlineData("ResultPath MUST be a Reference Path (no descent)", "\"ResultPath\":\"$..a\"")]
    [InlineData("InputPath MUST be a Path", "\"InputPath\":\"a.b\"")]
    [InlineData("OutputPath MUST be a Path", "\"OutputPath\":5")]
    public void InvalidPathField_IsRejectedAtLoad(string rule, string fields)
    {
        var e = Assert.Throws<AslDefinitionException>(() => AslHarness.Load(AslHarness.PassMachine(fields)));
        Assert.False(string.IsNullOrEmpty(e.Message), rule);
    }

    [Theory]
    [InlineData("$.store\\\\.book", """{"store.book":1}""", "1")]
    [InlineData("$.\\\\stor\\\\e.boo\\\\k", """{"store":{"book":2}}""", "2")]
    [InlineData("$.foo.\\\\.bar", """{"foo":{".bar":3}}""", "3")]
    [InlineData("$.foo\\\\@bar.baz\\\\[\\\\[.\\\\?pretty", """{"foo@bar":{"baz[[":{"?pretty":4}}}""", "4")]
    [InlineData("$.&Ж中.\\uD800\\uDF46", """{"&Ж中":{"\uD800\uDF46":5}}""", "5")]
    [InlineData("$.ledgers[0][1].foo", """{"ledgers":[[0,{"foo":6}]]}""", "6")]
    [InlineData("$['store'][0]['book']", """{"store":[{"book":7}]}""", "7")]
    public async Task SpecReferencePathExamples_SelectTheirNode(string path, string input, string expected)
    {
        var output = await new AslHarness().Output(AslHarness.PassMachine($"\"InputPath\":\"{path}\""), input);
        Assert.Equal(expected, output);
    }
}
