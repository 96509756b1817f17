namespace ActivityAware.Local.Tests.Asl.Jsonata;

public class JoinTests
{
    private const string Loans =
        "[{\"title\":\"Structure and Interpretation of Computer Programs\",\"customer\":\"10001\"},"
        + "{\"title\":\"Compilers: Principles, Techniques, and Tools\",\"customer\":\"10003\"},"
        + "{\"title\":\"Structure and Interpretation of Computer Programs\",\"customer\":\"10003\"}]";

    [Theory]
    [InlineData("library.loans@$l.books@$b[$l.isbn=$b.isbn].{'title': $b.title, 'customer': $l.customer}", Loans)]
    [InlineData("library.loans@$l.books[$l.isbn=isbn].{'title': title, 'customer': $l.customer}", Loans)]
    [InlineData("library.books#$pos.$[$substring(title,0,3) = 'The'].$pos", "[1,2]")]
    [InlineData("library.loans@$l.books@$b[$l.isbn=$b.isbn][5].{'title': $b.title}", "undefined")]
    [InlineData("library.loans@$l.customers[$l.customer=id].{'name': name, 'return': $l.return}",
        "[{\"name\":\"Joe Doe\",\"return\":\"2016-12-05\"},{\"name\":\"Jason Arthur\",\"return\":\"2016-10-22\"},{\"name\":\"Jason Arthur\",\"return\":\"2016-12-22\"}]")]
    [InlineData("library.books#$i[$i > 1].title", "[\"The AWK Programming Language\",\"Compilers: Principles, Techniques, and Tools\"]")]
    [InlineData("library.books.authors#$i.($i & ':' & $)", "[\"0:Abelson\",\"1:Sussman\",\"0:Kernighan\",\"1:Richie\",\"0:Aho\",\"1:Kernighan\",\"2:Weinberger\",\"0:Aho\",\"1:Lam\",\"2:Sethi\",\"3:Ullman\"]")]
    [InlineData("library.customers@$c.loans[$c.id = customer]{$c.name: $count(isbn)}", "{\"Joe Doe\":1,\"Jason Arthur\":2}")]
    public void Evaluate_FocusAndIndexBindings_JoinAcrossTheDocument(string expression, string expected)
    {
        JsonataRunner.AssertJsonEqual(expected, JsonataRunner.RunOn(expression, "library"), expression);
    }

    [Theory]
    [InlineData("$.$#$pos[$pos<3]", "[3,1,4,1,5,9]")]
    [InlineData("$.$#$pos[$pos<3]^($)", "[1,1,3,4,5,9]")]
    [InlineData("$.$#$pos[$pos<3]^(>$)", "[9,5,4,3,1,1]")]
    [InlineData("$.$^($)#$pos[$pos<3] ", "[1,1,3]")]
    [InlineData("$.$#$pos[$pos<3][1]", "1")]
    [InlineData("$.$#$pos[$pos<3]^($)[-1]", "9")]
    [InlineData("$.$#$pos[$pos<3]^($)[-1][]", "[9]")]
    [InlineData("$#$i[$i<3]", "[3,1,4]")]
    [InlineData("$[$<3]#$i.{'v':$,'i':$i}", "[{\"v\":1,\"i\":0},{\"v\":1,\"i\":1}]")]
    [InlineData("$#$i.{'v': $, 'i': $i}", "[{\"v\":3,\"i\":0},{\"v\":1,\"i\":1},{\"v\":4,\"i\":2},{\"v\":1,\"i\":3},{\"v\":5,\"i\":4},{\"v\":9,\"i\":5}]")]
    public void Evaluate_IndexBinding_NumbersEachStepsResults(string expression, string expected)
    {
        JsonataRunner.AssertResult(expected, expression, "[3,1,4,1,5,9]");
    }

    [Theory]
    [InlineData("Account.Order@o.Product", "@")]
    [InlineData("Account.Order@$o#i.Product", "#")]
    public void Parse_BindingToNonVariable_IsS0214(string expression, string token)
    {
        var error = JsonataRunner.Error(expression);
        Assert.Equal("S0214", error.Code);
        Assert.Equal(token, error.Token);
    }

    [Theory]
    [InlineData("Account.Order[0]@$o", "S0215")]
    [InlineData("Account.Order^(OrderID)@$o", "S0216")]
    public void Parse_FocusAfterPredicateOrSort_IsSyntaxError(string expression, string code)
    {
        Assert.Equal(code, JsonataRunner.Error(expression).Code);
    }
}
