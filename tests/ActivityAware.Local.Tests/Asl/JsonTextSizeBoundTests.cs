using System.Text;
using System.Text.Json.Nodes;
using ActivityAware.Local.Asl;

namespace ActivityAware.Local.Tests.Asl;

/// <summary>The bound the interpreter trusts instead of measuring: a value parsed from JSON text, written back compactly, never exceeds it.</summary>
public class JsonTextSizeBoundTests
{
    [Theory]
    [InlineData("""{ "a" : [ 1 , 2.50 , -3e+10 ] ,  "b" : { } }""")]
    [InlineData("""{"escaped":"\u0041\/\n\t\"\\","surrogates":"\ud83d\ude00"}""")]
    [InlineData("""{"raw":"é € 😀 \u2028"}""")]
    [InlineData("\"\u007f\u0080\"")]
    [InlineData("""[true,false,null,"",{},[]]""")]
    public void Of_TextOfAnyShape_BoundsItsCompactJson(string text)
    {
        var length = Encoding.UTF8.GetByteCount(text);

        Assert.True(AslJson.SizeInBytes(JsonNode.Parse(text)) <= JsonTextSizeBound.Of(length));
    }

    [Fact]
    public void Of_RawDeleteCharacters_AreEscapedToSixTimesTheirText()
    {
        var text = "\"" + new string('\u007f', 1_000) + "\"";

        var compact = AslJson.SizeInBytes(JsonNode.Parse(text));

        Assert.Equal(6_002, compact);
        Assert.True(compact <= JsonTextSizeBound.Of(text.Length));
    }
}
