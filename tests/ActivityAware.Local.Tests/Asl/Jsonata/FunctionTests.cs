namespace ActivityAware.Local.Tests.Asl.Jsonata;

public class FunctionTests
{
    [Theory]
    [InlineData("function($x){$x * 2}(21)", "42")]
    [InlineData("λ($x){$x * 2}(21)", "42")]
    [InlineData("($double := function($x){$x * 2}; $double(4))", "8")]
    [InlineData("($f := function($x, $y){$x & $y}; $f('a'))", "\"a\"")]
    [InlineData("($add := function($x){function($y){$x + $y}}; $add(2)(3))", "5")]
    [InlineData("($fact := function($n){$n <= 1 ? 1 : $n * $fact($n - 1)}; $fact(10))", "3628800")]
    [InlineData("($fib := function($n){$n < 2 ? $n : $fib($n - 1) + $fib($n - 2)}; $fib(15))", "610")]
    [InlineData("($f := function($x)<n:n>{$x + 1}; $f(1))", "2")]
    [InlineData("($pow2 := $power(2, ?); $pow2(10))", "1024")]
    [InlineData("($first := $substring(?, 0, 1); $first('hello'))", "\"h\"")]
    [InlineData("($f := function($a, $b, $c){$a + $b + $c}; $g := $f(1, ?, 3); $g(2))", "6")]
    [InlineData("'hello' ~> $uppercase()", "\"HELLO\"")]
    [InlineData("'  a  b ' ~> $trim() ~> $uppercase()", "\"A B\"")]
    [InlineData("($up := $uppercase ~> $substring(?, 1); $up('abc'))", "\"BC\"")]
    [InlineData("[1,2,3] ~> $map(function($v){$v * 10})", "[10,20,30]")]
    [InlineData("$map([1,2,3], function($v, $i){$v * $i})", "[0,2,6]")]
    [InlineData("$map([1,2,3], $string)", "[\"1\",\"2\",\"3\"]")]
    [InlineData("$filter([1,2,3,4], function($v){$v % 2 = 0})", "[2,4]")]
    [InlineData("$reduce([1,2,3,4], function($acc, $v){$acc + $v})", "10")]
    [InlineData("$reduce([1,2,3,4], function($acc, $v){$acc + $v}, 10)", "20")]
    [InlineData("$sort([3,1,2])", "[1,2,3]")]
    [InlineData("$sort(['b','a','C'])", "[\"C\",\"a\",\"b\"]")]
    [InlineData("$sort([3,1,2], function($a, $b){$a < $b})", "[3,2,1]")]
    public void Evaluate_FunctionsAndLambdas_ApplyAsJsonata(string expression, string expected)
    {
        JsonataRunner.AssertResult(expected, expression);
    }

    [Fact]
    public void Evaluate_DeepTailRecursion_DoesNotOverflow()
    {
        JsonataRunner.AssertResult(
            "100000",
            "($count := function($n, $acc){$n = 0 ? $acc : $count($n - 1, $acc + 1)}; $count(100000, 0))");
    }

    [Fact]
    public void Evaluate_DeepNonTailRecursion_CompletesAsInJsonataJs()
    {
        JsonataRunner.AssertResult("10000", "($f := function($n){ $n = 0 ? 0 : 1 + $f($n - 1) }; $f(10000))");
    }

    [Fact]
    public void Evaluate_RunawayNonTailRecursion_RaisesU1001InsteadOfCrashing()
    {
        var error = JsonataRunner.Error("($f := function($n){ $n = 0 ? 0 : 1 + $f($n - 1) }; $f(1000000))");
        Assert.Equal("U1001", error.Code);
    }

    [Fact]
    public void Evaluate_Eval_IsNotAFunctionInStepFunctions()
    {
        Assert.Equal("T1006", JsonataRunner.Error("$eval('1 + 1')").Code);
    }

    [Theory]
    [InlineData("$missing()", "T1006")]
    [InlineData("uppercase('a')", "T1005")]
    [InlineData("$uppercase(1)", "T0410")]
    [InlineData("$substring('a', 'b')", "T0410")]
    [InlineData("($f := function($x)<n:n>{$x}; $f('a'))", "T0410")]
    [InlineData("function(x){1}", "S0208")]
    [InlineData("1 ~> 2", "T2006")]
    [InlineData("$sum(['a'])", "T0412")]
    public void Evaluate_BadCall_RaisesError(string expression, string code)
    {
        Assert.Equal(code, JsonataRunner.Error(expression).Code);
    }

    [Fact]
    public void Evaluate_SignatureMismatch_NamesFunctionAndArgument()
    {
        var error = JsonataRunner.Error("$uppercase(1)");
        Assert.Equal("uppercase", error.Token);
        Assert.Equal("Argument 1 of function \"uppercase\" does not match function signature", error.Message);
    }

    [Theory]
    [InlineData("$sum(['a'])", "Argument 1 of function \"sum\" must be an array of \"numbers\"")]
    [InlineData("uppercase('a')", "Attempted to invoke a non-function. Did you mean $uppercase?")]
    [InlineData("1 < 'a'", "The values 1 and \"a\" either side of operator \"<\" must be of the same data type")]
    [InlineData("a[1,2)", "Expected \"]\", got \",\"")]
    [InlineData("{\"a\":}", "The symbol \"}\" cannot be used as a unary operator")]
    [InlineData("$error('boom')", "boom")]
    public void Evaluate_Error_HasJsonataJsMessage(string expression, string message)
    {
        Assert.Equal(message, JsonataRunner.Error(expression).Message);
    }
}
