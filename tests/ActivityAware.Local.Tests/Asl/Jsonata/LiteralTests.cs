namespace ActivityAware.Local.Tests.Asl.Jsonata;

public class LiteralTests
{
    [Theory]
    [InlineData("\"hello\"", "\"hello\"")]
    [InlineData("'hello'", "\"hello\"")]
    [InlineData("\"Wayne's World\"", "\"Wayne's World\"")]
    [InlineData("42", "42")]
    [InlineData("-42", "-42")]
    [InlineData("3.14159", "3.14159")]
    [InlineData("6.022e23", "6.022e23")]
    [InlineData("1.602E-19", "1.602e-19")]
    [InlineData("true", "true")]
    [InlineData("false", "false")]
    [InlineData("null", "null")]
    [InlineData("\"\\\"\\\\\\/\\b\\f\\n\\r\\t\"", "\"\\\"\\\\/\\b\\f\\n\\r\\t\"")]
    [InlineData("\"\\u00e9\\u263A\"", "\"é☺\"")]
    [InlineData("/* a comment */ 1 /* another */", "1")]
    [InlineData("10000000000000000000000", "1e22")]
    public void Evaluate_Literal_GivesItsValue(string expression, string expected)
    {
        JsonataRunner.AssertResult(expected, expression);
    }

    [Theory]
    [InlineData("\"unterminated", "S0101")]
    [InlineData("\"\\y\"", "S0103")]
    [InlineData("\"\\u00g1\"", "S0104")]
    [InlineData("`unterminated", "S0105")]
    [InlineData("1 /* open", "S0106")]
    [InlineData("1e500", "S0102")]
    public void Parse_MalformedLiteral_RaisesLexerError(string expression, string code)
    {
        Assert.Equal(code, JsonataRunner.Error(expression).Code);
    }

    [Fact]
    public void Parse_ExpressionNestedBeyondTheParsersLimit_RaisesU1001()
    {
        var expression = new string('(', 100_000) + "1" + new string(')', 100_000);
        Assert.Equal("U1001", JsonataRunner.Error(expression).Code);
    }

    [Fact]
    public void Parse_ExpressionNestedModerately_Evaluates()
    {
        JsonataRunner.AssertResult("[[[[[[[[[[1]]]]]]]]]]", new string('[', 10) + "1" + new string(']', 10));
    }
}
