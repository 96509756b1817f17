namespace ActivityAware.Local.Tests.Asl.Jsonata;

public class SortingTests
{
    [Theory]
    [InlineData("Account.Order.Product^(Price).Price", "[21.67,34.45,34.45,107.99]")]
    [InlineData("Account.Order.Product^(>Price).Price", "[107.99,34.45,34.45,21.67]")]
    [InlineData("Account.Order.Product^(>Price, <Quantity).Quantity", "[1,2,4,1]")]
    [InlineData("Account.Order.Product^(Price).SKU", "[\"0406634348\",\"0406654608\",\"040657863\",\"0406654603\"]")]
    [InlineData("Account.Order.Product^(`Product Name`).`Product Name`", "[\"Bowler Hat\",\"Bowler Hat\",\"Cloak\",\"Trilby hat\"]")]
    [InlineData("Account.Order.Product^(Price * Quantity).(Price * Quantity)", "[21.67,68.9,107.99,137.8]")]
    [InlineData("Account.Order^(>OrderID).OrderID", "[\"order104\",\"order103\"]")]
    [InlineData("(Account.Order.Product^(Missing).SKU)[0]", "\"0406654608\"")]
    [InlineData("Account.Order.Product^(Description.Weight)[0].`Product Name`", "\"Trilby hat\"")]
    public void Evaluate_OrderBy_SortsStably(string expression, string expected)
    {
        JsonataAssertions.OnDataset5(expression, expected);
    }

    [Theory]
    [InlineData("[3,1,2]^($)", "[1,2,3]")]
    [InlineData("[{'a':2},{'a':1},{'b':0}]^(a).a", "[1,2]")]
    [InlineData("[{'a':2,'i':0},{'i':1},{'a':1,'i':2}]^(a).i", "[2,0,1]")]
    [InlineData("['b','a']^(>$)", "[\"b\",\"a\"]")]
    public void Evaluate_OrderByLiterals_PutsUndefinedLast(string expression, string expected)
    {
        JsonataRunner.AssertResult(expected, expression);
    }

    [Theory]
    [InlineData("[1,'a']^($)", "T2007")]
    [InlineData("[{},{}]^($)", "T2008")]
    public void Evaluate_OrderByMixedKeys_RaisesError(string expression, string code)
    {
        Assert.Equal(code, JsonataRunner.Error(expression).Code);
    }
}
