namespace ActivityAware.Local.Tests.Asl.Jsonata;

public class ParentOperatorTests
{
    private const string ProductOrderAccount =
        "[{\"Product\":\"Bowler Hat\",\"Order\":\"order103\",\"Account\":\"Firefly\"},"
        + "{\"Product\":\"Trilby hat\",\"Order\":\"order103\",\"Account\":\"Firefly\"},"
        + "{\"Product\":\"Bowler Hat\",\"Order\":\"order104\",\"Account\":\"Firefly\"},"
        + "{\"Product\":\"Cloak\",\"Order\":\"order104\",\"Account\":\"Firefly\"}]";

    [Theory]
    [InlineData("Account.Order.Product.{'order': %.OrderID, 'Product': `Product Name`, 'Weight': Description.Weight}",
        "[{\"order\":\"order103\",\"Product\":\"Bowler Hat\",\"Weight\":0.75},{\"order\":\"order103\",\"Product\":\"Trilby hat\",\"Weight\":0.6},"
        + "{\"order\":\"order104\",\"Product\":\"Bowler Hat\",\"Weight\":0.75},{\"order\":\"order104\",\"Product\":\"Cloak\",\"Weight\":2}]")]
    [InlineData("Account.Order.Product.[`Product Name`, %.OrderID]",
        "[\"Bowler Hat\",\"order103\",\"Trilby hat\",\"order103\",\"Bowler Hat\",\"order104\",\"Cloak\",\"order104\"]")]
    [InlineData("Account.Order.Product.{ `Product Name`: [Quantity, %.OrderID] }",
        "[{\"Bowler Hat\":[2,\"order103\"]},{\"Trilby hat\":[1,\"order103\"]},{\"Bowler Hat\":[4,\"order104\"]},{\"Cloak\":[1,\"order104\"]}]")]
    [InlineData("Account.Order.Product.{ `Product Name`: [Quantity, (%.OrderID)] }",
        "[{\"Bowler Hat\":[2,\"order103\"]},{\"Trilby hat\":[1,\"order103\"]},{\"Bowler Hat\":[4,\"order104\"]},{\"Cloak\":[1,\"order104\"]}]")]
    [InlineData("Account.Order.Product[%.OrderID='order104'].SKU", "[\"040657863\",\"0406654603\"]")]
    [InlineData("(Account.Order.Product)[%.OrderID='order104'].SKU", "[\"040657863\",\"0406654603\"]")]
    [InlineData("Account.Order.Product.{ %.OrderID: Price * Quantity }",
        "[{\"order103\":68.9},{\"order103\":21.67},{\"order104\":137.8},{\"order104\":107.99}]")]
    [InlineData("Account.Order.Product.{'Product': `Product Name`, 'Order': %.OrderID, 'Account': %.%.`Account Name`}", ProductOrderAccount)]
    [InlineData("(Account.Order).(Product).{'Product': `Product Name`, 'Order': %.OrderID, 'Account': %.%.`Account Name`}", ProductOrderAccount)]
    [InlineData("Account.Order.(Product).{'Product': `Product Name`, 'Order': %.OrderID, 'Account': %.%.`Account Name`}", ProductOrderAccount)]
    [InlineData("Account.(Order.Product).{'Product': `Product Name`, 'Order': %.OrderID, 'Account': %.%.`Account Name`}", ProductOrderAccount)]
    public void Evaluate_ParentOperator_FindsEnclosingObject(string expression, string expected)
    {
        JsonataAssertions.OnDataset5(expression, expected);
    }

    [Theory]
    [InlineData("%")]
    [InlineData("%.OrderID")]
    [InlineData("$.%")]
    public void Parse_ParentWithNoStepToFollow_IsS0217(string expression)
    {
        Assert.Equal("S0217", JsonataRunner.Error(expression, Datasets.Load("dataset5")).Code);
    }
}
