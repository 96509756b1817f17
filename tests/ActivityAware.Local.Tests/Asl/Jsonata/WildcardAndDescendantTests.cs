namespace ActivityAware.Local.Tests.Asl.Jsonata;

public class WildcardAndDescendantTests
{
    [Theory]
    [InlineData("Account.*", null)]
    [InlineData("Account.Order[0].*", null)]
    [InlineData("Account.Order[0].Product[0].Description.*", "[\"Purple\",300,200,210,0.75]")]
    [InlineData("Account.Order.*[1].`Product Name`", "[\"Bowler Hat\",\"Bowler Hat\"]")]
    [InlineData("Account.Order[0].Product[0].*.Colour", "\"Purple\"")]
    [InlineData("$count(Account.Order.**.Colour)", "4")]
    [InlineData("Account.**.Colour", "[\"Purple\",\"Orange\",\"Purple\",\"Black\"]")]
    [InlineData("Account.Order[0].Product[1].Description.**", "[{\"Colour\":\"Orange\",\"Width\":300,\"Height\":200,\"Depth\":210,\"Weight\":0.6},\"Orange\",300,200,210,0.6]")]
    [InlineData("**.Price[0]", "[34.45,21.67,34.45,107.99]")]
    [InlineData("$sum(**.Quantity)", "8")]
    public void Evaluate_WildcardAndDescendants_SelectNestedValues(string expression, string? expected)
    {
        var actual = JsonataRunner.RunOn(expression, "dataset5");
        if (expected is null)
        {
            Assert.NotEqual(JsonataRunner.Undefined, actual);
            return;
        }

        JsonataRunner.AssertJsonEqual(expected, actual, expression);
    }

    [Theory]
    [InlineData("*", "{\"a\":1,\"b\":[2,[3]]}", "[1,2,3]")]
    [InlineData("*", "{\"a\":1}", "1")]
    [InlineData("*", "5", "undefined")]
    [InlineData("**", "{\"a\":{\"b\":1}}", "[{\"a\":{\"b\":1}},{\"b\":1},1]")]
    [InlineData("**", "7", "7")]
    [InlineData("a.**.c", "{\"a\":[{\"c\":1},{\"x\":{\"c\":2}}]}", "[1,2]")]
    [InlineData("*.*", "{\"a\":{\"b\":1,\"c\":2},\"d\":{\"e\":3}}", "[1,2,3]")]
    public void Evaluate_WildcardOnSmallInputs_FlattensValues(string expression, string input, string expected)
    {
        JsonataRunner.AssertResult(expected, expression, input);
    }

    [Fact]
    public void Evaluate_WildcardOverAccount_GivesNameThenOrders()
    {
        JsonataAssertions.OnDataset5("$count(Account.*)", "3");
        JsonataAssertions.OnDataset5("Account.*[0]", "\"Firefly\"");
    }
}
