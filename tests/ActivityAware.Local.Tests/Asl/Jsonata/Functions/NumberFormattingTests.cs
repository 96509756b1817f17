using ActivityAware.Local.Asl.Jsonata;
using ActivityAware.Local.Asl.Jsonata.Functions;

namespace ActivityAware.Local.Tests.Asl.Jsonata.Functions;

public class NumberFormattingTests
{
    [Theory]
    [InlineData(12345.6, "#,###.00", "12,345.60")]
    [InlineData(12345678.9, "9,999.99", "12,345,678.90")]
    [InlineData(123412345678.9, "9,9,99.99", "123412345,6,78.90")]
    [InlineData(1234.56789, "9,999.999,999", "1,234.567,890")]
    [InlineData(123.9, "9999", "0124")]
    [InlineData(0.14, "01%", "14%")]
    [InlineData(0.4857, "###.###\u2030", "485.7\u2030")]
    [InlineData(-6, "000", "-006")]
    [InlineData(1234.5678, "00.000e0", "12.346e2")]
    [InlineData(1234.5678, "00.000e000", "12.346e002")]
    [InlineData(0.234, "0.0e0", "2.3e-1")]
    [InlineData(0.234, "#.00e0", "0.23e0")]
    [InlineData(0.123, ".00e0", ".12e0")]
    [InlineData(0, "0e0", "0e0")]
    [InlineData(-42, "0e0", "-4e1")]
    [InlineData(42, "0e0", "4e1")]
    [InlineData(0, "0.00e0", "0.00e0")]
    [InlineData(2, "000.000", "002.000")]
    [InlineData(34.555, "#0.00;(#0.00)", "34.56")]
    [InlineData(-34.555, "#0.00;(#0.00)", "(34.56)")]
    [InlineData(1234567.891, "#,##0.##", "1,234,567.89")]
    [InlineData(0.5, "#", "0")]
    [InlineData(1.5, "#", "2")]
    [InlineData(2.5, "0", "2")]
    [InlineData(1000000, "#,##0", "1,000,000")]
    [InlineData(3.14159, "$#0.00", "$3.14")]
    [InlineData(42, "#0' items'", "42' items'")]
    [InlineData(0, "#.##", ".0")]
    [InlineData(0.5, ".0", ".5")]
    [InlineData(1e21, "#", "1e+21")]
    public void FormatNumber_Picture_WritesAsJsonataJs(double value, string picture, string expected) =>
        Assert.Equal(expected, NumberFormatting.FormatNumber(value, picture));

    [Fact]
    public void FormatNumber_PerMilleOption_ReplacesTheSymbol() =>
        Assert.Equal("140pm", NumberFormatting.FormatNumber(0.14, "###pm", new Dictionary<string, string> { ["per-mille"] = "pm" }));

    [Fact]
    public void FormatNumber_ZeroDigitOption_WritesThatDigitFamily() =>
        Assert.Equal("①②.③④⑥e②", NumberFormatting.FormatNumber(1234.5678, "①①.①①①e①", new Dictionary<string, string> { ["zero-digit"] = "\u245f" }));

    [Fact]
    public void FormatNumber_LetterZeroDigit_CountsFromThatLetter() =>
        Assert.Equal("AAC.AAA", NumberFormatting.FormatNumber(2, "AAA.AAA", new Dictionary<string, string> { ["zero-digit"] = "A" }));

    [Fact]
    public void FormatNumber_LetterZeroDigitWithExponent_WritesTheExponentInLetters() =>
        Assert.Equal("Be-AAB", NumberFormatting.FormatNumber(0.1, "AeAAA", new Dictionary<string, string> { ["zero-digit"] = "A" }));

    [Fact]
    public void FormatNumber_EuropeanSeparators_SwapPointAndComma() =>
        Assert.Equal("1.234,50", NumberFormatting.FormatNumber(1234.5, "#.##0,00",
            new Dictionary<string, string> { ["decimal-separator"] = ",", ["grouping-separator"] = "." }));

    [Theory]
    [InlineData("#;#;#", "D3080")]
    [InlineData("#.0.0", "D3081")]
    [InlineData("#0%%", "D3082")]
    [InlineData("#0\u2030\u2030", "D3083")]
    [InlineData("#0%\u2030", "D3084")]
    [InlineData(".e0", "D3085")]
    [InlineData("0+.e0", "D3086")]
    [InlineData("0,.e0", "D3087")]
    [InlineData("0,", "D3088")]
    [InlineData("0,,0", "D3089")]
    [InlineData("0#.e0", "D3090")]
    [InlineData("#0.#0e0", "D3091")]
    [InlineData("#0.0e0%", "D3092")]
    [InlineData("#0.0e", "D3093")]
    [InlineData("%%", "TypeError")]
    [InlineData("\u2030\u2030", "TypeError")]
    [InlineData("%\u2030", "TypeError")]
    [InlineData("---", "TypeError")]
    public void FormatNumber_InvalidPicture_RaisesItsCode(string picture, string code) =>
        Assert.Equal(code, Assert.Throws<JsonataException>(() => NumberFormatting.FormatNumber(42, picture)).Code);
}
