using ActivityAware.Local.Asl.Jsonata;
using ActivityAware.Local.Asl.Jsonata.Functions;

namespace ActivityAware.Local.Tests.Asl.Jsonata.Functions;

/// <summary>Where .NET's regex dialect differs from JavaScript's, the translated regex matches as JavaScript does.</summary>
public class JavaScriptRegexTests
{
    [Theory]
    [InlineData(@"\d+", "", "٣4", "4")]
    [InlineData(@"\w+", "", "é_a1", "_a1")]
    [InlineData(@"[\d.]+", "", "x1.5", "1.5")]
    [InlineData(@"a$", "", "a\n", null)]
    [InlineData(@"a$", "m", "a\nb", "a")]
    [InlineData(@"^b", "m", "a\rb", "b")]
    [InlineData(@"^b", "", "a\nb", null)]
    [InlineData(@"a.c", "", "a\u2028c", null)]
    [InlineData(@"[^]", "", "\n", "\n")]
    [InlineData(@"a[]", "", "a", null)]
    [InlineData(@"\e", "", "e", "e")]
    [InlineData(@"\/", "", "/", "/")]
    [InlineData(@"[a\-z]", "", "-", "-")]
    [InlineData(@"(?<x>a)\k<x>", "", "aa", "aa")]
    [InlineData(@"(?<=a)b", "", "ab", "b")]
    [InlineData(@"HELLO", "i", "hello", "hello")]
    public void Create_Pattern_MatchesAsJavaScript(string pattern, string flags, string input, string? expected)
    {
        var match = JavaScriptRegex.Create(pattern, flags).Match(input);
        Assert.Equal(expected, match.Success ? match.Value : null);
    }

    [Fact]
    public void Create_NamedAndUnnamedGroups_NumbersThemInOpeningOrder()
    {
        var match = JavaScriptRegex.Create(@"(?<first>a)(b)", "").Match("ab");
        Assert.Equal(["a", "b"], [match.Groups[1].Value, match.Groups[2].Value]);
    }

    [Fact]
    public void Create_InvalidPattern_RaisesJsonataError() =>
        Assert.StartsWith("S03", Assert.Throws<JsonataException>(() => JavaScriptRegex.Create("a(", "")).Code);
}
