namespace ActivityAware.Local.Tests.Asl.Jsonata;

public class FlatteningTests
{
    private const string Phones = "[{\"phone\":[{\"number\":0}]},{\"phone\":[{\"number\":1}]},{\"phone\":[{\"number\":2}]}]";
    private const string TwoReadings = "[{\"epochSeconds\":1578381600,\"value\":3},{\"epochSeconds\":1578381700,\"value\":5}]";
    private const string OneReading = "[{\"epochSeconds\":1578381600,\"value\":3}]";

    [Theory]
    [InlineData("phone", Phones, "[{\"number\":0},{\"number\":1},{\"number\":2}]")]
    [InlineData("phone[0]", Phones, "{\"number\":0}")]
    [InlineData("phone[0][]", Phones, "[{\"number\":0}]")]
    [InlineData("phone[0].number", Phones, "0")]
    [InlineData("(phone)[0].number", Phones, "0")]
    [InlineData("$.phone[0].number", Phones, "[0,1,2]")]
    [InlineData("{'Hello':'World'}", "[]", "{\"Hello\":\"World\"}")]
    [InlineData("$.{'Hello':'World'}", "[]", "undefined")]
    [InlineData("$.[value,epochSeconds]", TwoReadings, "[[3,1578381600],[5,1578381700]]")]
    [InlineData("$.[value,epochSeconds]", OneReading, "[3,1578381600]")]
    [InlineData("$.[value,epochSeconds][]", TwoReadings, "[[3,1578381600],[5,1578381700]]")]
    [InlineData("$.[value,epochSeconds][]", OneReading, "[[3,1578381600]]")]
    [InlineData("$.tags[title='example'][]", "{\"tags\":[{\"title\":\"example\",\"description\":\"Hello\"}]}", "[{\"title\":\"example\",\"description\":\"Hello\"}]")]
    [InlineData("a.b[]", "{\"a\":{\"b\":1}}", "[1]")]
    [InlineData("a[].b", "{\"a\":{\"b\":1}}", "[1]")]
    [InlineData("$[]", "1", "1")]
    [InlineData("a.b.c", "{\"a\":[{\"b\":[{\"c\":[1,2]},{\"c\":3}]},{\"b\":{\"c\":[[4]]}}]}", "[1,2,3,[4]]")]
    [InlineData("a.b.c[]", "{\"a\":{\"b\":{\"c\":[5]}}}", "[5]")]
    [InlineData("[a.b]", "{\"a\":[{\"b\":1},{\"b\":2}]}", "[1,2]")]
    [InlineData("a.[b]", "{\"a\":[{\"b\":1},{\"b\":2}]}", "[[1],[2]]")]
    [InlineData("a.[b, c]", "{\"a\":{\"b\":1,\"c\":2}}", "[1,2]")]
    [InlineData("$count(a.b)", "{\"a\":[{\"b\":[1,2]},{\"b\":3}]}", "3")]
    public void Evaluate_NestedArrays_FlattenAsJsonata(string expression, string input, string expected)
    {
        JsonataRunner.AssertResult(expected, expression, input);
    }
}
