using System.Text.Json.Nodes;
using ActivityAware.Local.Asl;
using ActivityAware.Local.Asl.JsonPath;

namespace ActivityAware.Local.Tests.Asl;

public class JsonPathExpressionTests
{
    [Theory]
    [InlineData("$.a.c.length()")]
    [InlineData("$.missing.length()")]
    [InlineData("$.a.c.sum()")]
    public void TrySelect_FunctionThatDoesNotApply_SelectsNothing(string path)
    {
        Assert.False(JsonPathExpression.Parse(path).TrySelect(JsonNode.Parse(Doc), out _));
    }

    [Fact]
    public void IsReferencePath_PathEndingInFunction_IsFalse()
    {
        Assert.False(JsonPathExpression.Parse("$.a.b.length()").IsReferencePath);
    }

    private const string Doc = """
        {"a":{"b":[1,2,3],"c":"x"},"items":[{"id":1,"price":5,"tag":"cheap"},{"id":2,"price":15},{"id":3,"price":25,"tag":"dear"}],
         "weird key":{"d.e":7},"n":null}
        """;

    [Theory]
    [InlineData("$", Doc)]
    [InlineData("$.a.c", "\"x\"")]
    [InlineData("$['a']['c']", "\"x\"")]
    [InlineData("$[\"a\"].b[0]", "1")]
    [InlineData("$.a.b[-1]", "3")]
    [InlineData("$.weird key['d.e']", "7")]
    [InlineData("$.n", "null")]
    [InlineData("$.a.b[*]", "[1,2,3]")]
    [InlineData("$.a.b[0:2]", "[1,2]")]
    [InlineData("$.a.b[1:]", "[2,3]")]
    [InlineData("$.a.b[::2]", "[1,3]")]
    [InlineData("$.a.b[0,2]", "[1,3]")]
    [InlineData("$.items[*].id", "[1,2,3]")]
    [InlineData("$..id", "[1,2,3]")]
    [InlineData("$..tag", "[\"cheap\",\"dear\"]")]
    [InlineData("$.items[?(@.price > 10)].id", "[2,3]")]
    [InlineData("$.items[?(@.price >= 15 && @.tag == 'dear')].id", "[3]")]
    [InlineData("$.items[?(@.price < 10 || @.id == 3)].id", "[1,3]")]
    [InlineData("$.items[?(@.tag)].id", "[1,3]")]
    [InlineData("$.items[?(!(@.tag))].id", "[2]")]
    [InlineData("$.items[?(@.id != 2)].id", "[1,3]")]
    [InlineData("$.missing[*]", "[]")]
    [InlineData("$.a.b.length()", "3")]
    [InlineData("$.items.length()", "3")]
    [InlineData("$.items[?(@.price > 10)].length()", "2")]
    [InlineData("$.a.length()", "2")]
    [InlineData("$.a.b.sum()", "6.0")]
    [InlineData("$.a.b.min()", "1.0")]
    [InlineData("$.a.b.max()", "3.0")]
    [InlineData("$.a.b.avg()", "2.0")]
    [InlineData("$.items[*].price.avg()", "15.0")]
    public void TrySelect_MatchingPath_ReturnsSelection(string path, string expected)
    {
        var found = JsonPathExpression.Parse(path).TrySelect(JsonNode.Parse(Doc), out var value);

        Assert.True(found);
        Assert.True(AslJson.DeepEquals(JsonNode.Parse(expected), value), $"{path} gave {AslJson.Serialize(value)}");
    }

    [Theory]
    [InlineData("$.missing")]
    [InlineData("$.a.b[5]")]
    [InlineData("$.a.c.d")]
    [InlineData("$.a.b.x")]
    public void TrySelect_DefinitePathWithNoMatch_ReturnsFalse(string path)
    {
        Assert.False(JsonPathExpression.Parse(path).TrySelect(JsonNode.Parse(Doc), out _));
    }

    [Theory]
    [InlineData("a.b")]
    [InlineData("$.")]
    [InlineData("$[")]
    [InlineData("$.a[1:2:0]")]
    [InlineData("$.a[?(@.x > )]")]
    [InlineData("$.a]")]
    public void Parse_InvalidPath_ThrowsSyntaxError(string path)
    {
        var e = Assert.Throws<JsonPathSyntaxException>(() => JsonPathExpression.Parse(path));
        Assert.Contains(path, e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("$.a.b", true, true)]
    [InlineData("$.a[0]", true, true)]
    [InlineData("$.a[*]", false, false)]
    [InlineData("$..a", false, false)]
    [InlineData("$.a[0:1]", false, false)]
    public void Parse_Path_ReportsDefiniteAndReference(string path, bool definite, bool reference)
    {
        var parsed = JsonPathExpression.Parse(path);
        Assert.Equal(definite, parsed.IsDefinite);
        Assert.Equal(reference, parsed.IsReferencePath);
    }

    [Theory]
    [InlineData("$", "{\"x\":1}", "5", "5")]
    [InlineData("$.r", "{\"x\":1}", "5", "{\"x\":1,\"r\":5}")]
    [InlineData("$.a.b.c", "{\"x\":1}", "5", "{\"x\":1,\"a\":{\"b\":{\"c\":5}}}")]
    [InlineData("$.x", "{\"x\":1}", "{\"y\":2}", "{\"x\":{\"y\":2}}")]
    [InlineData("$.l[1]", "{\"l\":[0,0]}", "9", "{\"l\":[0,9]}")]
    public void Write_ReferencePath_PlacesValue(string path, string document, string value, string expected)
    {
        var written = ReferencePathWriter.Write(JsonPathExpression.Parse(path), JsonNode.Parse(document), JsonNode.Parse(value));

        Assert.Equal(expected, AslJson.Serialize(written));
    }

    [Theory]
    [InlineData("$.x.y", "{\"x\":\"text\"}")]
    [InlineData("$.x", "\"text\"")]
    [InlineData("$.l[3]", "{\"l\":[0]}")]
    public void Write_PathThroughNonObject_Throws(string path, string document)
    {
        var e = Assert.Throws<InvalidOperationException>(() => ReferencePathWriter.Write(JsonPathExpression.Parse(path), JsonNode.Parse(document), JsonValue.Create(1)));
        Assert.Contains("Unable to apply ReferencePath", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_DoesNotModifyTheInputDocument()
    {
        var doc = JsonNode.Parse("{\"x\":1}");
        ReferencePathWriter.Write(JsonPathExpression.Parse("$.y"), doc, JsonValue.Create(2));
        Assert.Equal("{\"x\":1}", AslJson.Serialize(doc));
    }
}
