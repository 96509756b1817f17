namespace ActivityAware.Local.Tests.Asl.Jsonata;

/// <summary>Where errors point and which token they name, as jsonata-js 2.0.6 reports them.</summary>
public class ErrorPositionTests
{
    [Theory]
    [InlineData("1 +", 3, "(end)")]
    [InlineData("(1 + 2", 6, "(end)")]
    [InlineData("{\"a\" 1}", 6, "1")]
    [InlineData("\"unterminated", 13, null)]
    [InlineData("/* open", 0, null)]
    [InlineData("a := 1", 1, "a")]
    [InlineData("1 := 2", 1, "1")]
    [InlineData("function($a, b){1}", 14, "b")]
    [InlineData("$match(\"a\", /abc", 16, null)]
    [InlineData("a.true", 6, null)]
    [InlineData("$.%", 1, "variable")]
    [InlineData("1.(%)", 1, null)]
    [InlineData("1 ~> 2", 4, null)]
    [InlineData("1 + 'a'", 3, "+")]
    [InlineData("$uppercase(1)", 11, "uppercase")]
    [InlineData("  $sum([\"a\"])", 7, "sum")]
    public void Evaluate_Error_ReportsJsonataJsPositionAndToken(string expression, int position, string? token)
    {
        var error = JsonataRunner.Error(expression);
        Assert.Equal(position, error.Position);
        Assert.Equal(token, error.Token);
    }
}
