namespace ActivityAware.Local.Tests.Asl.Jsonata;

public class VariableAndBlockTests
{
    [Theory]
    [InlineData("$x := 5", "5")]
    [InlineData("($x := 5; $x * 2)", "10")]
    [InlineData("($x := 1; ($x := 2); $x)", "1")]
    [InlineData("($a := [1,2]; $b := $a[1]; $b)", "2")]
    [InlineData("()", "undefined")]
    [InlineData("(1; 2; 3)", "3")]
    [InlineData("$undefinedVariable", "undefined")]
    [InlineData("($x := 1; $y := $x + 1; [$x, $y])", "[1,2]")]
    public void Evaluate_VariablesAndBlocks_ScopeAsJsonata(string expression, string expected)
    {
        JsonataRunner.AssertResult(expected, expression);
    }

    [Theory]
    [InlineData("$", "{\"a\":1}", "{\"a\":1}")]
    [InlineData("$.a", "{\"a\":1}", "1")]
    [InlineData("$$.a", "{\"a\":1}", "1")]
    [InlineData("a.b.($$.c)", "{\"a\":{\"b\":1},\"c\":2}", "2")]
    [InlineData("a.b.$", "{\"a\":{\"b\":1}}", "1")]
    public void Evaluate_ContextAndRoot_ReferToInput(string expression, string input, string expected)
    {
        JsonataRunner.AssertResult(expected, expression, input);
    }

    [Theory]
    [InlineData("$states.input.name", "{\"states\":{\"input\":{\"name\":\"x\"}}}", "\"x\"")]
    [InlineData("$customerName & '!'", "{\"customerName\":\"Ada\"}", "\"Ada!\"")]
    [InlineData("$n + 1", "{\"n\":41}", "42")]
    [InlineData("$nothing", "{\"nothing\":null}", "null")]
    public void Evaluate_Bindings_AreVariables(string expression, string bindings, string expected)
    {
        JsonataRunner.AssertResult(expected, expression, bindings: bindings);
    }

    [Fact]
    public void Evaluate_BindingToNonVariable_IsSyntaxError()
    {
        Assert.Equal("S0212", JsonataRunner.Error("a := 1").Code);
    }
}
