namespace ActivityAware.Local.Tests.Asl.Conformance;

/// <summary>
/// Paths as the AWS developer guide ("Using JSONPath paths") describes them: they "follow JsonPath syntax" (Jayway's, which AWS runs),
/// so a filter takes Jayway's operators; a field name with punctuation is written in brackets, also right after a dot
/// (the guide's example <c>$.abc.['def ghi']</c>).
/// </summary>
public class JsonPathSyntaxConformanceTests
{
    [Theory]
    [InlineData("developer guide: a bracketed name may follow a dot", "$.abc.['def ghi']", """{"abc":{"def ghi":1}}""", "1")]
    [InlineData("a bracketed index may follow a dot", "$.list.[1]", """{"list":[10,20]}""", "20")]
    [InlineData("=~ keeps the items whose value the whole regular expression matches", "$.j[?(@.a =~ /x.*/)].a", """{"j":[{"a":"xy"},{"a":"yx"}]}""", """["xy"]""")]
    [InlineData("=~ matches the whole value, not a part of it", "$.j[?(@.a =~ /x/)].a", """{"j":[{"a":"xy"},{"a":"x"}]}""", """["x"]""")]
    [InlineData("=~ with the i flag ignores case", "$.j[?(@.a =~ /X.*/i)].a", """{"j":[{"a":"xy"},{"a":"y"}]}""", """["xy"]""")]
    [InlineData("=~ never matches a value that is not a string", "$.j[?(@.a =~ /1/)].a", """{"j":[{"a":1},{"a":"1"}]}""", """["1"]""")]
    [InlineData("in: the value is one of the listed values", "$.j[?(@.a in ['y','z'])].a", """{"j":[{"a":"x"},{"a":"y"}]}""", """["y"]""")]
    [InlineData("in compares numbers by value", "$.j[?(@.n in [2, 3])].n", """{"j":[{"n":1},{"n":2.0}]}""", "[2.0]")]
    [InlineData("nin: the value is none of the listed values", "$.j[?(@.a nin ['y'])].a", """{"j":[{"a":"x"},{"a":"y"}]}""", """["x"]""")]
    [InlineData("subsetof: every item of the array is listed", "$.j[?(@.t subsetof ['a','b'])].n", """{"j":[{"t":["a"],"n":1},{"t":["a","c"],"n":2}]}""", "[1]")]
    [InlineData("anyof: some item of the array is listed", "$.j[?(@.t anyof ['c'])].n", """{"j":[{"t":["a"],"n":1},{"t":["a","c"],"n":2}]}""", "[2]")]
    [InlineData("noneof: no item of the array is listed", "$.j[?(@.t noneof ['c'])].n", """{"j":[{"t":["a"],"n":1},{"t":["a","c"],"n":2}]}""", "[1]")]
    [InlineData("size: a string's length or an array's item count", "$.j[?(@.a size 2)].n", """{"j":[{"a":"xy","n":1},{"a":[1,2],"n":2},{"a":"x","n":3}]}""", "[1,2]")]
    [InlineData("empty true: an empty string or array", "$.j[?(@.a empty true)].n", """{"j":[{"a":[],"n":1},{"a":"y","n":2},{"a":"","n":3}]}""", "[1,3]")]
    [InlineData("empty false: a non-empty string or array", "$.j[?(@.a empty false)].n", """{"j":[{"a":[],"n":1},{"a":"y","n":2}]}""", "[2]")]
    [InlineData("a field named like an operator is still a field", "$.j[?(@.in == 1)].in", """{"j":[{"in":1},{"in":2}]}""", "[1]")]
    [InlineData("operators combine with && and ||", "$.j[?(@.a in ['x','y'] && @.n > 1)].n", """{"j":[{"a":"x","n":1},{"a":"y","n":2},{"a":"z","n":3}]}""", "[2]")]
    public async Task Path_SelectsAsJaywayDoes(string rule, string path, string input, string expected)
    {
        var output = await new AslHarness().Output(AslHarness.PassMachine($"\"InputPath\":{System.Text.Json.JsonSerializer.Serialize(path)}"), input);
        Assert.True(expected == output, $"{rule}: expected {expected} but got {output}");
    }

    [Theory]
    [InlineData("a filter in Parameters", "\"Parameters\":{\"ids.$\":\"$.j[?(@.a =~ /x.*/)].n\"}", """{"ids":[1]}""")]
    [InlineData("a filter in an intrinsic function's path argument", "\"Parameters\":{\"count.$\":\"States.ArrayLength($.j[?(@.a in ['x', 'y'])])\"}", """{"count":2}""")]
    public async Task FilterOperators_WorkWhereverAPathIsTaken(string rule, string fields, string expected)
    {
        var output = await new AslHarness().Output(AslHarness.PassMachine(fields), """{"j":[{"a":"x","n":1},{"a":"y","n":2},{"a":"z","n":3}]}""");
        Assert.True(expected == output, $"{rule}: expected {expected} but got {output}");
    }

    [Theory]
    [InlineData("an unterminated regular expression", "$.j[?(@.a =~ /x)]")]
    [InlineData("an invalid regular expression", "$.j[?(@.a =~ /(/)]")]
    [InlineData("an unterminated list", "$.j[?(@.a in ['x')]")]
    public void MalformedFilter_IsRejectedAtLoad(string rule, string path)
    {
        var e = Assert.Throws<ActivityAware.Local.Asl.Definition.AslDefinitionException>(
            () => AslHarness.Load(AslHarness.PassMachine($"\"InputPath\":{System.Text.Json.JsonSerializer.Serialize(path)}")));
        Assert.True(e.Message.Contains("JSONPath", StringComparison.Ordinal), rule + ": " + e.Message);
    }
}
