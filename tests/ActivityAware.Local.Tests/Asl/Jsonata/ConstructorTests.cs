namespace ActivityAware.Local.Tests.Asl.Jsonata;

public class ConstructorTests
{
    [Theory]
    [InlineData("[]", "[]")]
    [InlineData("[1]", "[1]")]
    [InlineData("[1, 'a', true, null]", "[1,\"a\",true,null]")]
    [InlineData("[[1,2],[3]]", "[[1,2],[3]]")]
    [InlineData("[[]]", "[[]]")]
    [InlineData("[1, missing, 2]", "[1,2]")]
    [InlineData("{}", "{}")]
    [InlineData("{'a': 1, 'b': [2]}", "{\"a\":1,\"b\":[2]}")]
    [InlineData("{'a': missing}", "{}")]
    [InlineData("{'a': 1}.a", "1")]
    [InlineData("[{'a': 1}, {'a': 2}].a", "[1,2]")]
    [InlineData("[1,2,3].$", "[1,2,3]")]
    [InlineData("[1,2,3].[$]", "[[1],[2],[3]]")]
    public void Evaluate_Constructor_BuildsValue(string expression, string expected)
    {
        JsonataRunner.AssertResult(expected, expression);
    }

    [Theory]
    [InlineData("Account.Order.[OrderID]", "[[\"order103\"],[\"order104\"]]")]
    [InlineData("Account.Order.Product.[Price]", "[[34.45],[21.67],[34.45],[107.99]]")]
    [InlineData("[Account.Order.OrderID]", "[\"order103\",\"order104\"]")]
    [InlineData("Account.Order[0].Product.{'name': `Product Name`, 'price': Price}",
        "[{\"name\":\"Bowler Hat\",\"price\":34.45},{\"name\":\"Trilby hat\",\"price\":21.67}]")]
    [InlineData("Account.Order.Product{`Product Name`: Price}",
        "{\"Bowler Hat\":[34.45,34.45],\"Trilby hat\":21.67,\"Cloak\":107.99}")]
    [InlineData("Account.Order.Product{`Product Name`: $sum(Price)}",
        "{\"Bowler Hat\":68.9,\"Trilby hat\":21.67,\"Cloak\":107.99}")]
    [InlineData("Account.Order{OrderID: $sum(Product.(Price * Quantity))}", "{\"order103\":90.57000000000001,\"order104\":245.79000000000002}")]
    [InlineData("Account.Order.Product{Description.Colour: `Product Name`[]}",
        "{\"Purple\":[\"Bowler Hat\",\"Bowler Hat\"],\"Orange\":[\"Trilby hat\"],\"Black\":[\"Cloak\"]}")]
    [InlineData("{'total': $sum(Account.Order.Product.Price)}", "{\"total\":198.56}")]
    public void Evaluate_ConstructorOverAccountData_GroupsAndWraps(string expression, string expected)
    {
        JsonataAssertions.OnDataset5(expression, expected);
    }

    [Theory]
    [InlineData("{1: 'a'}", "T1003")]
    [InlineData("Account.Order.Product{`Product Name`: 1, `Product Name`: 2}", "D1009")]
    public void Evaluate_BadObjectKey_RaisesError(string expression, string code)
    {
        Assert.Equal(code, JsonataRunner.Error(expression, Datasets.Load("dataset5")).Code);
    }
}
