using ActivityAware.Local.Asl.Jsonata.Functions;

namespace ActivityAware.Local.Tests.Asl.Jsonata.Functions;

public class JavaScriptNumbersTests
{
    [Theory]
    [InlineData(0, "0")]
    [InlineData(-0.0, "0")]
    [InlineData(1, "1")]
    [InlineData(-1.5, "-1.5")]
    [InlineData(0.1, "0.1")]
    [InlineData(123.456, "123.456")]
    [InlineData(1e21, "1e+21")]
    [InlineData(1e20, "100000000000000000000")]
    [InlineData(1.5e21, "1.5e+21")]
    [InlineData(1e-6, "0.000001")]
    [InlineData(1e-7, "1e-7")]
    [InlineData(1.234e-7, "1.234e-7")]
    [InlineData(0.1 + 0.2, "0.30000000000000004")]
    [InlineData(double.NaN, "NaN")]
    [InlineData(double.NegativeInfinity, "-Infinity")]
    public void ToText_Number_SpellsAsJavaScript(double value, string expected) => Assert.Equal(expected, JavaScriptNumbers.ToText(value));

    [Theory]
    [InlineData(1.005, 2, "1.00")]
    [InlineData(1.5, 0, "2")]
    [InlineData(2.5, 0, "3")]
    [InlineData(-2.5, 0, "-3")]
    [InlineData(0.000001, 2, "0.00")]
    [InlineData(123.456, 5, "123.45600")]
    [InlineData(1e21, 2, "1e+21")]
    [InlineData(0.5, 0, "1")]
    public void ToFixed_Number_RoundsTheExactValueHalfUp(double value, int digits, string expected) =>
        Assert.Equal(expected, JavaScriptNumbers.ToFixed(value, digits));

    [Theory]
    [InlineData(255, 16, "ff")]
    [InlineData(-255, 2, "-11111111")]
    [InlineData(0, 7, "0")]
    [InlineData(9007199254740993, 10, "9007199254740992")]
    public void ToRadixText_Integer_WritesItsDigits(double value, int radix, string expected) =>
        Assert.Equal(expected, JavaScriptNumbers.ToRadixText(value, radix));

    [Theory]
    [InlineData(2.5, 3)]
    [InlineData(-2.5, -2)]
    [InlineData(0.49999999999999994, 0)]
    [InlineData(-0.4, -0.0)]
    public void Round_Number_TiesTowardsPlusInfinity(double value, double expected) => Assert.Equal(expected, JavaScriptNumbers.Round(value));

    [Theory]
    [InlineData(" 42abc", 42)]
    [InlineData("-0530", -530)]
    [InlineData("+0100", 100)]
    public void ParseInt_Text_ReadsTheLeadingInteger(string text, double expected) => Assert.Equal(expected, JavaScriptNumbers.ParseInt(text));

    [Fact]
    public void ParseInt_NoDigits_IsNaN() => Assert.True(double.IsNaN(JavaScriptNumbers.ParseInt("x1")));
}
