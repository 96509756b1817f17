namespace ActivityAware.Local.Tests.Asl.Jsonata.Functions;

/// <summary>$round, $formatNumber, $formatBase, $formatInteger, $parseInteger, $fromMillis and $toMillis through JsonataExpression.</summary>
public class NumberFunctionEvaluationTests
{
    [Theory]
    [InlineData("$round(123.456)", "123")]
    [InlineData("$round(123.456, 2)", "123.46")]
    [InlineData("$round(123.456, -1)", "120")]
    [InlineData("$round(123.456, -2)", "100")]
    [InlineData("$round(11.5)", "12")]
    [InlineData("$round(12.5)", "12")]
    [InlineData("$round(125, -1)", "120")]
    [InlineData("$round(-0.5)", "0")]
    [InlineData("$round(-1.5)", "-2")]
    [InlineData("$round(-2.5)", "-2")]
    [InlineData("$round(2.675, 2)", "2.68")]
    [InlineData("$round(1.005, 2)", "1")]
    [InlineData("$round(0.125, 2)", "0.12")]
    [InlineData("$round(1e-7, 7)", "1e-7")]
    [InlineData("$round(12350, -2)", "12400")]
    [InlineData("$round(12450, -2)", "12400")]
    [InlineData("$round(12345, -2)", "12300")]
    [InlineData("$round(4.515, 2)", "4.52")]
    [InlineData("$round(nothing)", "undefined")]
    [InlineData("$formatBase(100, 2)", "\"1100100\"")]
    [InlineData("$formatBase(2555, 16)", "\"9fb\"")]
    [InlineData("$formatBase(-255, 16)", "\"-ff\"")]
    [InlineData("$formatBase(99)", "\"99\"")]
    [InlineData("$formatBase(3.5, 2)", "\"100\"")]
    [InlineData("$formatBase(35, 36)", "\"z\"")]
    [InlineData("$formatNumber(12345.6, '#,###.00')", "\"12,345.60\"")]
    [InlineData("$formatNumber(0.14, '###pm', {'per-mille': 'pm'})", "\"140pm\"")]
    [InlineData("$formatNumber(foo, '#0.00')", "undefined")]
    [InlineData("$formatInteger(2789, 'w')", "\"two thousand, seven hundred and eighty-nine\"")]
    [InlineData("$formatInteger(1999, 'I')", "\"MCMXCIX\"")]
    [InlineData("$formatInteger(12.6, '###0')", "\"12\"")]
    [InlineData("$parseInteger('twelve thousand, four hundred and seventy-six', 'w')", "12476")]
    [InlineData("$parseInteger('12,345,678', '#,##0')", "12345678")]
    [InlineData("$parseInteger(nothing, '0')", "undefined")]
    [InlineData("$toMillis('2017-11-07T15:07:54.972Z')", "1510067274972")]
    [InlineData("$fromMillis(1510067274972)", "\"2017-11-07T15:07:54.972Z\"")]
    [InlineData("$fromMillis(1521801216617, '[D01]/[M01]/[Y0001] [h#1]:[m01][P]')", "\"23/03/2018 10:33am\"")]
    [InlineData("$fromMillis(1521801216617, '[H01]:[m01]:[s01] [z]', '-0500')", "\"05:33:36 GMT-05:00\"")]
    [InlineData("$toMillis('2018-10-21T13:05:00Z').[$fromMillis(), $fromMillis($, (), '-0500'), $fromMillis($, (), '0000')]",
        "[\"2018-10-21T13:05:00.000Z\",\"2018-10-21T08:05:00.000-05:00\",\"2018-10-21T13:05:00.000Z\"]")]
    [InlineData("$toMillis('13:45', '[H]:[m]') ~> $fromMillis() ~> $substringAfter('T')", "\"13:45:00.000Z\"")]
    [InlineData("$toMillis('Wednesday, 14th November 2018', '[FNn], [D1o] [MNn] [Y]') ~> $fromMillis()", "\"2018-11-14T00:00:00.000Z\"")]
    [InlineData("$toMillis('Hello', 'Hello')", "undefined")]
    [InlineData("$fromMillis(nothing)", "undefined")]
    [InlineData("$toMillis(nothing)", "undefined")]
    public void NumberAndDateFunctions_Evaluate_AsJsonataJs(string expression, string expected) => JsonataRunner.AssertResult(expected, expression);

    [Fact]
    public void ToMillis_TimeOnly_TakesTheDateOfTheEvaluationsClock()
    {
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(DateTimeOffset.Parse("2024-02-29T08:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("\"2024-02-29T13:45:00.000Z\"", JsonataRunner.Run("$toMillis('13:45', '[H]:[m]') ~> $fromMillis()", clock: clock));
    }

    [Fact]
    public void Now_Picture_FormatsTheEvaluationsInstantAsFromMillis()
    {
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(DateTimeOffset.Parse("2024-02-29T08:05:09.250Z", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("\"Thursday 29th February 2024, 3:05 am\"", JsonataRunner.Run("$now('[FNn] [D1o] [MNn] [Y], [h]:[m01] [P]', '-0500')", clock: clock));
    }

    [Theory]
    [InlineData("$formatBase(100, 1)", "D3100")]
    [InlineData("$formatBase(100, 37)", "D3100")]
    [InlineData("$formatNumber(20, '#;#;#')", "D3080")]
    [InlineData("$formatInteger(12340, '##0０')", "D3131")]
    [InlineData("$parseInteger('50', '#')", "D3130")]
    [InlineData("$toMillis('2018/01/01')", "D3110")]
    [InlineData("$fromMillis(1419940800000, '[YN]-[M]-[D]')", "D3133")]
    [InlineData("$round('1')", "T0410")]
    public void NumberAndDateFunctions_BadArguments_RaiseTheirCodes(string expression, string code) =>
        Assert.Equal(code, JsonataRunner.Error(expression).Code);
}
