namespace ActivityAware.Local.Tests.Asl.Jsonata;

public class PathTests
{
    [Theory]
    [InlineData("Account.`Account Name`", "\"Firefly\"")]
    [InlineData("Account.Order[0].OrderID", "\"order103\"")]
    [InlineData("Account.Order.OrderID", "[\"order103\",\"order104\"]")]
    [InlineData("Account.Order.Product.Price", "[34.45,21.67,34.45,107.99]")]
    [InlineData("Account.Order.Product[0].Price", "[34.45,34.45]")]
    [InlineData("(Account.Order.Product)[0].Price", "34.45")]
    [InlineData("Account.Order[-1].OrderID", "\"order104\"")]
    [InlineData("Account.Order[1].Product[-1].`Product Name`", "\"Cloak\"")]
    [InlineData("Account.Order.Product[Price > 30].`Product Name`", "[\"Bowler Hat\",\"Bowler Hat\",\"Cloak\"]")]
    [InlineData("Account.Order.Product[Description.Colour = 'Orange'].SKU", "\"0406634348\"")]
    [InlineData("Account.Order[0].Product[[0,1]].ProductID", "[858383,858236]")]
    [InlineData("Account.Order.Product.Description.Colour[0]", "[\"Purple\",\"Orange\",\"Purple\",\"Black\"]")]
    [InlineData("Account.Missing", "undefined")]
    [InlineData("Account.Order[5]", "undefined")]
    [InlineData("Account.Order[0].OrderID[]", "[\"order103\"]")]
    [InlineData("Account.Order[OrderID = 'order104'].Product.Quantity", "[4,1]")]
    [InlineData("$sum(Account.Order.Product.(Price * Quantity))", "336.36")]
    [InlineData("Account.Order.Product.(Price * Quantity)", "[68.9,21.67,137.8,107.99]")]
    [InlineData("Account.Order.Product.\"Product Name\"", "[\"Bowler Hat\",\"Trilby hat\",\"Bowler Hat\",\"Cloak\"]")]
    [InlineData("$count(Account.Order.Product)", "4")]
    public void Evaluate_PathOverAccountData_SelectsLikeJsonataJs(string expression, string expected)
    {
        JsonataRunner.AssertJsonEqual(expected, JsonataRunner.RunOn(expression, "dataset5"), expression);
    }

    [Theory]
    [InlineData("foo.bar", "{\"foo\":{\"bar\":42}}", "42")]
    [InlineData("foo.bar", "{\"foo\":[{\"bar\":1},{\"bar\":[2,3]},{\"baz\":4}]}", "[1,2,3]")]
    [InlineData("foo.bar", "{\"foo\":{\"bar\":[1]}}", "[1]")]
    [InlineData("foo[0].bar", "{\"foo\":{\"bar\":7}}", "7")]
    [InlineData("nest0.nest1", "{\"nest0\":[{\"nest1\":[1,2]},{\"nest1\":[3]}]}", "[1,2,3]")]
    [InlineData("$[0]", "[1,2,3]", "1")]
    [InlineData("$[-1]", "[1,2,3]", "3")]
    [InlineData("$", "[1,2,3]", "[1,2,3]")]
    [InlineData("$[[1..2]]", "[1,2,3]", "[2,3]")]
    [InlineData("$.a", "[{\"a\":1},{\"a\":2}]", "[1,2]")]
    [InlineData("a", "[{\"a\":1},{\"a\":2}]", "[1,2]")]
    [InlineData("[1,2,3][1]", null, "2")]
    [InlineData("[[1,2],[3]][0]", null, "[1,2]")]
    [InlineData("$[0][0]", "[[1,2],[3]]", "1")]
    [InlineData("a[0.9]", "{\"a\":[5,6]}", "5")]
    [InlineData("a[-0.5]", "{\"a\":[5,6]}", "6")]
    public void Evaluate_Path_FollowsSequenceRules(string expression, string? input, string expected)
    {
        JsonataRunner.AssertResult(expected, expression, input);
    }

    [Fact]
    public void Parse_RangeOutsideArrayConstructor_IsSyntaxError()
    {
        Assert.Equal("S0202", JsonataRunner.Error("$[1..2]", "[1,2,3]").Code);
    }
}
