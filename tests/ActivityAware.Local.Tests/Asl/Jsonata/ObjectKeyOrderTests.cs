namespace ActivityAware.Local.Tests.Asl.Jsonata;

/// <summary>
/// jsonata-js builds JavaScript objects, whose own keys enumerate array indexes (canonical integers 0 … 2^32 - 2) first, ascending, then
/// the other keys in insertion order (ECMAScript OrdinaryOwnPropertyKeys); JSON.stringify writes them in that order. Compared as text.
/// </summary>
public class ObjectKeyOrderTests
{
    [Theory]
    [InlineData("""{"b": 1, "2": 2, "1": 3}""", """{"1":3,"2":2,"b":1}""")]
    [InlineData("""{"b": 1, "10": 2, "9": 3, "a": 4}""", """{"9":3,"10":2,"b":1,"a":4}""")]
    [InlineData("""{"x": 1, "4294967295": 2, "4294967294": 3}""", """{"4294967294":3,"x":1,"4294967295":2}""")]
    [InlineData("""{"x": 1, "01": 2, "-1": 3, "1.5": 4, "0": 5}""", """{"0":5,"x":1,"01":2,"-1":3,"1.5":4}""")]
    public void ObjectConstructor_OrdersArrayIndexKeysFirst(string expression, string expected)
    {
        Assert.Equal(expected, JsonataRunner.Run(expression));
    }

    [Theory]
    [InlineData("$", """{"b":1,"1":2,"a":{"z":0,"0":1}}""", """{"1":2,"b":1,"a":{"0":1,"z":0}}""")]
    [InlineData("$keys($)", """{"b":1,"10":2,"9":3}""", """["9","10","b"]""")]
    [InlineData("$merge([{\"b\":1},{\"1\":2},{\"a\":3,\"0\":4}])", "{}", """{"0":4,"1":2,"b":1,"a":3}""")]
    [InlineData("$each($, function($v, $k) { $k })", """{"x":1,"3":2}""", """["3","x"]""")]
    [InlineData("$spread($)", """{"x":1,"3":2}""", """[{"3":2},{"x":1}]""")]
    [InlineData("$sift($, function($v) { true })", """{"x":1,"01":5,"3":2}""", """{"3":2,"x":1,"01":5}""")]
    [InlineData("items{k: v}", """{"items":[{"k":"b","v":1},{"k":"2","v":2},{"k":"1","v":3}]}""", """{"1":3,"2":2,"b":1}""")]
    [InlineData("$ ~> |$|{\"5\": 0, \"c\": 1}, [\"b\"]|", """{"b":1,"7":2}""", """{"5":0,"7":2,"c":1}""")]
    public void ObjectResults_OrderArrayIndexKeysFirst(string expression, string input, string expected)
    {
        Assert.Equal(expected, JsonataRunner.Run(expression, input));
    }

    [Fact]
    public void String_WritesArrayIndexKeysFirst()
    {
        var text = System.Text.Json.Nodes.JsonNode.Parse(JsonataRunner.Run("$string($)", """{"b":1,"1":2}"""))!.GetValue<string>();
        Assert.Equal("""{"1":2,"b":1}""", text);
    }
}
