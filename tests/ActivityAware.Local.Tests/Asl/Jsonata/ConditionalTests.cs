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
    [InlineData("$boolean(function(){1}) ? 1 : 2", "2")]
    public void Evaluate_Conditional_ChoosesByEffectiveBoolean(string expression, string expected)
    {
        JsonataRunner.AssertResult(expected, expression);
    }

    [Theory]
    [InlineData("Account.Order.Product.(Price > 100 ? 'expensive' : 'cheap')", "[\"cheap\",\"cheap\",\"cheap\",\"expensive\"]")]
    public void Evaluate_ConditionalOverData_IsPerItem(string expression, string expected)
    {
        JsonataAssertions.OnDataset5(expression, expected);
    }

    [Theory]
    [InlineData("'x' ?: 'default'")]
    [InlineData("missing ?? 'default'")]
    public void Parse_DefaultAndCoalescingOperators_AreNotJsonata206(string expression)
    {
        Assert.Equal("S0211", JsonataRunner.Error(expression).Code);
    }
}
