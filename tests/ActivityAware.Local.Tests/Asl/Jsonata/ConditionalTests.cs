namespace ActivityAware.Local.Tests.Asl.Jsonata;

public class ConditionalTests
{
    [Theory]
    [InlineData("true ? 'yes' : 'no'", "\"yes\"")]
    [InlineData("false ? 'yes' : 'no'", "\"no\"")]
    [InlineData("false ? 'yes'", "undefined")]
    [InlineData("missing ? 1 : 2", "2")]
    [InlineData("[] ? 1 : 2", "2")]
    [InlineData("[0] ? 1 : 2", "2")]
    [InlineData("[0, 1] ? 1 : 2", "1")]
    [InlineData("{} ? 1 : 2", "2")]
    [InlineData("'' ? 1 : 2", "2")]
    [InlineData("1 > 2 ? 'a' : 2 > 1 ? 'b' : 'c'", "\"b\"")]
    [InlineData("'x' ?: 'default'", "\"x\"")]
    [InlineData("'' ?: 'default'", "\"default\"")]
    [InlineData("0 ?: 'default'", "\"default\"")]
    [InlineData("missing ?: 'default'", "\"default\"")]
    [InlineData("0 ?? 'default'", "0")]
    [InlineData("'' ?? 'default'", "\"\"")]
    [InlineData("null ?? 'default'", "null")]
    [InlineData("missing ?? 'default'", "\"default\"")]
    [InlineData("missing ?? other ?? 3", "3")]
    [InlineData("$boolean(function(){1}) ? 1 : 2", "2")]
    public void Evaluate_Conditional_ChoosesByEffectiveBoolean(string expression, string expected)
    {
        JsonataRunner.AssertResult(expected, expression);
    }

    [Theory]
    [InlineData("Account.Order.Product.(Price > 100 ? 'expensive' : 'cheap')", "[\"cheap\",\"cheap\",\"cheap\",\"expensive\"]")]
    [InlineData("Account.Order[0].Product[0].(Discount ?? 0)", "0")]
    [InlineData("Account.Order.Product.Missing ?: 'none'", "\"none\"")]
    public void Evaluate_ConditionalOverData_IsPerItem(string expression, string expected)
    {
        JsonataAssertions.OnDataset5(expression, expected);
    }
}
