namespace ActivityAware.Local.Tests.Asl.Jsonata;

public class OperatorTests
{
    [Theory]
    [InlineData("1 + 2", "3")]
    [InlineData("5 - 7", "-2")]
    [InlineData("4 * 2.5", "10")]
    [InlineData("1 / 4", "0.25")]
    [InlineData("10 % 3", "1")]
    [InlineData("-7 % 3", "-1")]
    [InlineData("0.1 + 0.2", "0.30000000000000004")]
    [InlineData("-(1 + 2)", "-3")]
    [InlineData("2 + 3 * 4", "14")]
    [InlineData("(2 + 3) * 4", "20")]
    [InlineData("1 + missing", "undefined")]
    [InlineData("1 = 1", "true")]
    [InlineData("1 = 1.0", "true")]
    [InlineData("'a' = 'a'", "true")]
    [InlineData("1 = '1'", "false")]
    [InlineData("1 != 2", "true")]
    [InlineData("[1,2] = [1,2]", "true")]
    [InlineData("{'a':1} = {'a':1}", "true")]
    [InlineData("missing = 1", "false")]
    [InlineData("missing != 1", "false")]
    [InlineData("null = null", "true")]
    [InlineData("3 > 2", "true")]
    [InlineData("3 >= 3", "true")]
    [InlineData("2 < 1", "false")]
    [InlineData("'abc' < 'abd'", "true")]
    [InlineData("'B' < 'a'", "true")]
    [InlineData("1 < missing", "undefined")]
    [InlineData("true and false", "false")]
    [InlineData("true or false", "true")]
    [InlineData("1 and 'x'", "true")]
    [InlineData("0 or ''", "false")]
    [InlineData("missing or true", "true")]
    [InlineData("missing and true", "false")]
    [InlineData("'a' & 'b'", "\"ab\"")]
    [InlineData("'a' & 1 & true & null", "\"a1truenull\"")]
    [InlineData("'a' & missing", "\"a\"")]
    [InlineData("'x' & [1,2]", "\"x[1,2]\"")]
    [InlineData("'x' & {'a':1}", "\"x{\\\"a\\\":1}\"")]
    [InlineData("1 in [1,2]", "true")]
    [InlineData("3 in [1,2]", "false")]
    [InlineData("'a' in 'a'", "true")]
    [InlineData("missing in [1]", "false")]
    [InlineData("[1..3]", "[1,2,3]")]
    [InlineData("[3..1]", "[]")]
    [InlineData("[1..3, 7]", "[1,2,3,7]")]
    [InlineData("$count([1..10000])", "10000")]
    public void Evaluate_Operator_GivesJavaScriptResult(string expression, string expected)
    {
        JsonataRunner.AssertResult(expected, expression);
    }

    [Theory]
    [InlineData("'a' + 1", "T2001")]
    [InlineData("1 + 'a'", "T2002")]
    [InlineData("-'a'", "D1002")]
    [InlineData("1 < 'a'", "T2009")]
    [InlineData("{} < 1", "T2010")]
    [InlineData("[1.5..3]", "T2003")]
    [InlineData("[1..'x']", "T2004")]
    [InlineData("[1..20000000]", "D2014")]
    [InlineData("1/0 + 1", "D1001")]
    public void Evaluate_OperatorOnWrongTypes_RaisesJsonataError(string expression, string code)
    {
        Assert.Equal(code, JsonataRunner.Error(expression).Code);
    }

    [Fact]
    public void Evaluate_ComparisonTypeMismatch_ReportsOperatorAndPosition()
    {
        var error = JsonataRunner.Error("1 < 'a'");
        Assert.Equal("<", error.Token);
        Assert.Equal(3, error.Position);
    }
}
