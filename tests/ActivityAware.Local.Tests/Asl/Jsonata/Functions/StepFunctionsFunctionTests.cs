using System.Text.RegularExpressions;

namespace ActivityAware.Local.Tests.Asl.Jsonata.Functions;

/// <summary>The functions Step Functions adds to JSONata, from the developer guide's examples and AWS-recorded runs (LocalStack snapshots).</summary>
public class StepFunctionsFunctionTests
{
    [Theory]
    [InlineData("$partition([1, 2, 3, 4, 5, 6, 7, 8, 9], 3)", "[[1,2,3],[4,5,6],[7,8,9]]")]
    [InlineData("$partition([0, 1, 2, 3], 3)", "[[0,1,2],[3]]")]
    [InlineData("$partition([0, 1], 5)", "[[0,1]]")]
    [InlineData("$partition([0], 1)", "[[0]]")]
    [InlineData("$partition([], 2)", "[]")]
    [InlineData("$partition([{'a': 1}, 'x', null], 2)", "[[{\"a\":1},\"x\"],[null]]")]
    [InlineData("$range(0, 10, 2)", "[0,2,4,6,8,10]")]
    [InlineData("$range(0, 9, 3)", "[0,3,6,9]")]
    [InlineData("$range(0, 10, 3)", "[0,3,6,9]")]
    [InlineData("$range(1, 9, 9)", "[1]")]
    [InlineData("$range(1, 9, 2)", "[1,3,5,7,9]")]
    [InlineData("$range(10, 0, -5)", "[10,5,0]")]
    [InlineData("$range(5, 1, 1)", "[]")]
    [InlineData("$hash('input data', 'MD5')", "\"812f45842bc6d66ee14572ce20db8e86\"")]
    [InlineData("$hash('input data', 'SHA-1')", "\"aaff4a450a104cd177d28d18d74485e8cae074b7\"")]
    [InlineData("$hash('input data', 'SHA-256')", "\"b4a697a057313163aee33cd8d40c66e9f0f177e00cac2de32475ffff6169c3e3\"")]
    [InlineData("$hash('input data', 'SHA-384')", "\"d28a7d5cf25a74f11a50a18452b75e04bb3d70c9dd0510d6123aa008c756511b87525bdc835ebb27e1fb9e9374a15562\"")]
    [InlineData("$hash('input data', 'SHA-512')", "\"6ce4adb348546d4f449c4d25aad9a7c9cb711d9e91982d3f0b29ca2f3f47d4ce2deba23bf2954f0f1d593fc50283731a533d30d425402d4f91316d871303aac4\"")]
    [InlineData("$parse('-0')", "0")]
    [InlineData("$parse('1')", "1")]
    [InlineData("$parse('1.1')", "1.1")]
    [InlineData("$parse('true')", "true")]
    [InlineData("$parse('\"HelloWorld\"')", "\"HelloWorld\"")]
    [InlineData("$parse('[1, 2, \"HelloWorld\"]')", "[1,2,\"HelloWorld\"]")]
    [InlineData("$parse('{\"Arg1\": 1, \"Arg2\": []}')", "{\"Arg1\":1,\"Arg2\":[]}")]
    [InlineData("$parse('{\"a\": {\"b\": [1, 2]}}').a.b[1]", "2")]
    [InlineData("$random(42) = $random(42)", "true")]
    [InlineData("$random(42) = $random(43)", "false")]
    [InlineData("$random() >= 0 and $random() < 1", "true")]
    [InlineData("$random(7) >= 0 and $random(7) < 1", "true")]
    public void StepFunctionsFunctions_Evaluate_AsTheGuideAndAwsRecordings(string expression, string expected) =>
        JsonataRunner.AssertResult(expected, expression);

    [Fact]
    public void Uuid_Evaluate_IsAVersion4Uuid()
    {
        var uuid = JsonataRunner.Run("$uuid()");
        Assert.Matches(new Regex("^\"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}\"$"), uuid);
        Assert.NotEqual(uuid, JsonataRunner.Run("$uuid()"));
    }

    [Theory]
    [InlineData("$partition([1, 2], 0)", "D3200")]
    [InlineData("$partition([1, 2], 1.5)", "D3200")]
    [InlineData("$range(0, 10, 0)", "D3201")]
    [InlineData("$hash('x', 'SHA-999')", "D3202")]
    [InlineData("$random(1.5)", "D3203")]
    [InlineData("$parse('{oops')", "D3204")]
    [InlineData("$hash(1, 'MD5')", "T0410")]
    [InlineData("$range('0', 10, 1)", "T0410")]
    public void StepFunctionsFunctions_BadArguments_Raise(string expression, string code) =>
        Assert.Equal(code, JsonataRunner.Error(expression).Code);
}
