namespace ActivityAware.Local.Tests.Asl.Jsonata;

public class TransformTests
{
    [Theory]
    [InlineData("$ ~> |Account.Order.Product|{'Price': Price * 2}|", "Account.Order.Product.Price")]
    public void Evaluate_Transform_DoesNotChangeInput(string transform, string probe)
    {
        var expression = "($t := " + transform + "; [" + probe + ", $t." + probe + "])";
        JsonataAssertions.OnDataset5(expression, "[34.45,21.67,34.45,107.99,68.9,43.34,68.9,215.98]");
    }

    [Theory]
    [InlineData("{'a':1,'b':2} ~> |$|{'c':3}|", "{\"a\":1,\"b\":2,\"c\":3}")]
    [InlineData("{'a':1,'b':2} ~> |$|{'a':10}, 'b'|", "{\"a\":10}")]
    [InlineData("{'a':1,'b':2} ~> |$|{}, ['a','b']|", "{}")]
    [InlineData("{'x':{'a':1},'y':{'a':2}} ~> |*|{'a': a + 1}|", "{\"x\":{\"a\":2},\"y\":{\"a\":3}}")]
    [InlineData("{'x':{'a':1}} ~> |nothing|{'a': 5}|", "{\"x\":{\"a\":1}}")]
    [InlineData("[{'a':1},{'a':2}] ~> |$|{'b': a * 10}|", "[{\"a\":1,\"b\":10},{\"a\":2,\"b\":20}]")]
    [InlineData("($inc := |$|{'n': n + 1}|; {'n': 1} ~> $inc ~> $inc)", "{\"n\":3}")]
    [InlineData("missing ~> |$|{'a':1}|", "undefined")]
    public void Evaluate_Transform_CopiesAndChanges(string expression, string expected)
    {
        JsonataRunner.AssertResult(expected, expression);
    }

    [Theory]
    [InlineData("{'a':1} ~> |$|5|", "T2011")]
    [InlineData("{'a':1} ~> |$|{}, 5|", "T2012")]
    [InlineData("'text' ~> |$|{}|", "T0410")]
    [InlineData("($clone := 5; {'a':1} ~> |$|{}|)", "T2013")]
    public void Evaluate_BadTransform_RaisesError(string expression, string code)
    {
        Assert.Equal(code, JsonataRunner.Error(expression).Code);
    }
}
