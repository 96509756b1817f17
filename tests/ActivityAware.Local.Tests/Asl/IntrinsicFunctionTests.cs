using System.Text.Json.Nodes;
using ActivityAware.Local.Asl;
using ActivityAware.Local.Asl.Intrinsics;

namespace ActivityAware.Local.Tests.Asl;

public class IntrinsicFunctionTests
{
    private const string Input = """
        {"name":"Ada","n":3,"list":[1,2,2,3,1],"obj":{"a":1,"b":{"x":1}},"other":{"b":{"y":2},"c":3},"json":"{\"k\":[1,true]}","csv":"a,b;;c","empty":[]}
        """;

    private static JsonNode? Evaluate(string expression) =>
        IntrinsicExpression.Parse(expression).Evaluate(new EvaluationScope(JsonNode.Parse(Input), JsonNode.Parse("""{"Execution":{"Name":"e1"}}"""), new Random(7)));

    [Theory]
    [InlineData("States.Format('Hello {}, you have {} items', $.name, $.n)", "\"Hello Ada, you have 3 items\"")]
    [InlineData("States.Format('literal \\{\\} and {}', 'x')", "\"literal {} and x\"")]
    [InlineData("States.Format('it\\'s {}', $$.Execution.Name)", "\"it's e1\"")]
    [InlineData("States.Format('{}', $.obj)", "\"{a=1, b={x=1}}\"")]
    [InlineData("States.Format('{} {}', $.list, States.Array('a', $.obj))", "\"[1, 2, 2, 3, 1] [a, {a=1, b={x=1}}]\"")]
    [InlineData("States.Format('{} {} {}', true, null, 1.5)", "\"true null 1.5\"")]
    [InlineData("States.StringToJson($.json)", "{\"k\":[1,true]}")]
    [InlineData("States.JsonToString($.obj)", "\"{\\\"a\\\":1,\\\"b\\\":{\\\"x\\\":1}}\"")]
    [InlineData("States.Array('a', 1, $.n, States.Array())", "[\"a\",1,3,[]]")]
    [InlineData("States.ArrayPartition($.list, 2)", "[[1,2],[2,3],[1]]")]
    [InlineData("States.ArrayContains($.list, 3)", "true")]
    [InlineData("States.ArrayContains($.list, 9)", "false")]
    [InlineData("States.ArrayRange(1, 9, 2)", "[1,3,5,7,9]")]
    [InlineData("States.ArrayRange(5, 1, -2)", "[5,3,1]")]
    [InlineData("States.ArrayGetItem($.list, 3)", "3")]
    [InlineData("States.ArrayLength($.list)", "5")]
    [InlineData("States.ArrayLength($.empty)", "0")]
    [InlineData("States.ArrayUnique($.list)", "[1,2,3]")]
    [InlineData("States.Base64Encode('Data to encode')", "\"RGF0YSB0byBlbmNvZGU=\"")]
    [InlineData("States.Base64Decode('RGF0YSB0byBlbmNvZGU=')", "\"Data to encode\"")]
    [InlineData("States.Hash('input data', 'MD5')", "\"812f45842bc6d66ee14572ce20db8e86\"")]
    [InlineData("States.Hash('input data', 'SHA-1')", "\"aaff4a450a104cd177d28d18d74485e8cae074b7\"")]
    [InlineData("States.Hash('input data', 'SHA-256')", "\"b4a697a057313163aee33cd8d40c66e9f0f177e00cac2de32475ffff6169c3e3\"")]
    [InlineData("States.JsonMerge($.obj, $.other, false)", "{\"a\":1,\"b\":{\"y\":2},\"c\":3}")]
    [InlineData("States.MathAdd($.n, -5)", "-2")]
    [InlineData("States.MathAdd(1.5, 2)", "4")]
    [InlineData("States.MathAdd(1.49, 1.50)", "3")]
    [InlineData("States.MathAdd(-2.5, 0)", "-2")]
    [InlineData("States.MathAdd(-1.51, 0)", "-2")]
    [InlineData("States.StringSplit($.csv, ',;')", "[\"a\",\"b\",\"c\"]")]
    [InlineData("States.ArrayLength(States.StringSplit('a b c', ' '))", "3")]
    public void Evaluate_ValidCall_ReturnsAwsResult(string expression, string expected)
    {
        var value = Evaluate(expression);
        Assert.Equal(expected, AslJson.Serialize(value));
    }

    [Fact]
    public void Evaluate_MathRandomWithSeed_IsReproducibleAndInRange()
    {
        var first = Evaluate("States.MathRandom(1, 10, 42)")!.GetValue<long>();
        var second = Evaluate("States.MathRandom(1, 10, 42)")!.GetValue<long>();
        Assert.Equal(first, second);
        Assert.InRange(first, 1, 9);
    }

    [Fact]
    public void Evaluate_MathRandomWithNonIntegerBounds_RoundsThemLikeAws()
    {
        var value = Evaluate("States.MathRandom(12.50, 14.4)")!.GetValue<long>();
        Assert.Equal(13, value);
    }

    [Fact]
    public void Evaluate_Uuid_IsVersion4()
    {
        var uuid = Evaluate("States.UUID()")!.GetValue<string>();
        Assert.Matches("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$", uuid);
    }

    [Theory]
    [InlineData("States.Format('{} {}', 'one')", "placeholders")]
    [InlineData("States.Format('{}', 'a', 'b')", "placeholders")]
    [InlineData("States.StringToJson('{not json')", "not valid JSON")]
    [InlineData("States.ArrayGetItem($.list, 9)", "out of bounds")]
    [InlineData("States.ArrayPartition($.list, 0)", "positive")]
    [InlineData("States.ArrayRange(1, 2000, 1)", "more than 1000")]
    [InlineData("States.ArrayRange(1, 5, 0)", "step")]
    [InlineData("States.JsonMerge($.obj, $.other, true)", "shallow")]
    [InlineData("States.Hash('x', 'SHA-3')", "unknown algorithm")]
    [InlineData("States.Hash($.obj, 'MD5')", "must be a string")]
    [InlineData("States.Hash(42, 'MD5')", "must be a string")]
    [InlineData("States.Base64Decode('%%%')", "base64")]
    [InlineData("States.ArrayLength($.name)", "must be an array")]
    [InlineData("States.MathAdd('1', 2)", "must be a number")]
    [InlineData("States.MathRandom(5, 5)", "greater than the start")]
    [InlineData("States.UUID(1)", "expects 0")]
    public void Evaluate_BadArgument_FailsWithIntrinsicFailure(string expression, string messagePart)
    {
        var e = Assert.Throws<StatesErrorException>(() => Evaluate(expression));
        Assert.Equal("States.IntrinsicFailure", e.Error);
        Assert.Contains(messagePart, e.Cause, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("States.Nope(1)", "unknown intrinsic function")]
    [InlineData("States.Format('x'", "expected ')'")]
    [InlineData("States.Format('x') trailing", "unexpected text")]
    [InlineData("States.Array(foo)", "expected a string")]
    [InlineData("States.Format('a\\b')", "open escape")]
    public void Parse_MalformedCall_ThrowsFormatException(string expression, string messagePart)
    {
        var e = Assert.Throws<FormatException>(() => IntrinsicExpression.Parse(expression));
        Assert.Contains(messagePart, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_PathThatSelectsNothing_FailsWithRuntime()
    {
        var e = Assert.Throws<StatesErrorException>(() => Evaluate("States.Format('{}', $.nothing)"));
        Assert.Equal("States.Runtime", e.Error);
    }
}
