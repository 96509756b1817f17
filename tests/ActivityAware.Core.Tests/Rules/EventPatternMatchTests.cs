using System.Text.Json;
using ActivityAware.Core.Rules.Patterns;

namespace ActivityAware.Core.Tests.Rules;

/// <summary>One case per documented EventBridge content-filtering behaviour, written as pattern, event, expected.</summary>
public sealed class EventPatternMatchTests
{
    [Theory]
    // Exact values: strings are case-sensitive; numbers, booleans and null are typed (the string "5" is not 5).
    [InlineData("""{"a":["x"]}""", """{"a":"x"}""", true)]
    [InlineData("""{"a":["x"]}""", """{"a":"X"}""", false)]
    [InlineData("""{"a":[5]}""", """{"a":5.0}""", true)]
    [InlineData("""{"a":[5]}""", """{"a":"5"}""", false)]
    [InlineData("""{"a":["5"]}""", """{"a":5}""", false)]
    [InlineData("""{"a":[true]}""", """{"a":true}""", true)]
    [InlineData("""{"a":[true]}""", """{"a":"true"}""", false)]
    [InlineData("""{"a":[null]}""", """{"a":null}""", true)]
    [InlineData("""{"a":[null]}""", """{}""", false)]
    [InlineData("""{"a":[""]}""", """{"a":""}""", true)]
    [InlineData("""{"a":[""]}""", """{"a":null}""", false)]
    // A list is any-of; a missing field never matches a value.
    [InlineData("""{"a":["x","y"]}""", """{"a":"y"}""", true)]
    [InlineData("""{"a":["x","y"]}""", """{"b":"y"}""", false)]
    // Nested objects; all fields must match.
    [InlineData("""{"a":{"b":["x"]},"c":["y"]}""", """{"a":{"b":"x"},"c":"y"}""", true)]
    [InlineData("""{"a":{"b":["x"]},"c":["y"]}""", """{"a":{"b":"x"},"c":"z"}""", false)]
    // Event arrays match if any element matches, at any depth of the path.
    [InlineData("""{"a":["x"]}""", """{"a":["w","x"]}""", true)]
    [InlineData("""{"a":{"b":{"c":["0.0.0.0/0"]}}}""", """{"a":[{"b":{"c":"10.0.0.0/8"}},{"b":[{"c":"0.0.0.0/0"}]}]}""", true)]
    [InlineData("""{"a":{"b":{"c":["0.0.0.0/0"]}}}""", """{"a":[{"b":{"c":"10.0.0.0/8"}}]}""", false)]
    // Prefix and suffix, case-sensitive unless equals-ignore-case is nested.
    [InlineData("""{"a":[{"prefix":"Del"}]}""", """{"a":"DeleteTrail"}""", true)]
    [InlineData("""{"a":[{"prefix":"del"}]}""", """{"a":"DeleteTrail"}""", false)]
    [InlineData("""{"a":[{"prefix":{"equals-ignore-case":"del"}}]}""", """{"a":"DeleteTrail"}""", true)]
    [InlineData("""{"a":[{"suffix":".png"}]}""", """{"a":"image.png"}""", true)]
    [InlineData("""{"a":[{"suffix":".png"}]}""", """{"a":"image.PNG"}""", false)]
    [InlineData("""{"a":[{"suffix":{"equals-ignore-case":".png"}}]}""", """{"a":"image.PNG"}""", true)]
    [InlineData("""{"a":[{"prefix":"1"}]}""", """{"a":12}""", false)]
    // equals-ignore-case.
    [InlineData("""{"a":[{"equals-ignore-case":"alice"}]}""", """{"a":"ALICE"}""", true)]
    [InlineData("""{"a":[{"equals-ignore-case":"alice"}]}""", """{"a":"alice2"}""", false)]
    // Wildcard: * is zero or more characters; \* is a literal star.
    [InlineData("""{"a":[{"wildcard":"dir/*.png"}]}""", """{"a":"dir/sub/x.png"}""", true)]
    [InlineData("""{"a":[{"wildcard":"dir/*.png"}]}""", """{"a":"dir/x.jpg"}""", false)]
    [InlineData("""{"a":[{"wildcard":"*/x*y"}]}""", """{"a":"a/xy"}""", true)]
    [InlineData("""{"a":[{"wildcard":"ab*ba"}]}""", """{"a":"aba"}""", false)]
    [InlineData("""{"a":[{"wildcard":"a\\*b"}]}""", """{"a":"a*b"}""", true)]
    [InlineData("""{"a":[{"wildcard":"a\\*b"}]}""", """{"a":"axb"}""", false)]
    // anything-but: value, list, numbers, prefix, suffix, wildcard, equals-ignore-case; a missing field does not match.
    [InlineData("""{"a":[{"anything-but":"x"}]}""", """{"a":"y"}""", true)]
    [InlineData("""{"a":[{"anything-but":"x"}]}""", """{"a":"x"}""", false)]
    [InlineData("""{"a":[{"anything-but":"x"}]}""", """{}""", false)]
    [InlineData("""{"a":[{"anything-but":["x","y"]}]}""", """{"a":"y"}""", false)]
    [InlineData("""{"a":[{"anything-but":[100,200]}]}""", """{"a":300}""", true)]
    [InlineData("""{"a":[{"anything-but":[100,200]}]}""", """{"a":200}""", false)]
    [InlineData("""{"a":[{"anything-but":{"prefix":"init"}}]}""", """{"a":"initializing"}""", false)]
    [InlineData("""{"a":[{"anything-but":{"prefix":"init"}}]}""", """{"a":"running"}""", true)]
    [InlineData("""{"a":[{"anything-but":{"suffix":".txt"}}]}""", """{"a":"a.txt"}""", false)]
    [InlineData("""{"a":[{"anything-but":{"wildcard":"*/lib/*"}}]}""", """{"a":"/usr/lib/x"}""", false)]
    [InlineData("""{"a":[{"anything-but":{"wildcard":"*/lib/*"}}]}""", """{"a":"/usr/bin/x"}""", true)]
    [InlineData("""{"a":[{"anything-but":{"equals-ignore-case":["Yes"]}}]}""", """{"a":"YES"}""", false)]
    [InlineData("""{"a":[{"anything-but":{"equals-ignore-case":["Yes"]}}]}""", """{"a":"No"}""", true)]
    // numeric: numbers only; ranges and =.
    [InlineData("""{"a":[{"numeric":[">",0,"<=",5]}]}""", """{"a":5}""", true)]
    [InlineData("""{"a":[{"numeric":[">",0,"<=",5]}]}""", """{"a":0}""", false)]
    [InlineData("""{"a":[{"numeric":[">",0,"<=",5]}]}""", """{"a":"3"}""", false)]
    [InlineData("""{"a":[{"numeric":["=",3.0e2]}]}""", """{"a":300}""", true)]
    [InlineData("""{"a":[{"numeric":["<",10]}]}""", """{"a":[20,5]}""", true)]
    // cidr: IPv4 and IPv6 strings; non-IP values (AWS service names) never match.
    [InlineData("""{"a":[{"cidr":"10.0.0.0/24"}]}""", """{"a":"10.0.0.255"}""", true)]
    [InlineData("""{"a":[{"cidr":"10.0.0.0/24"}]}""", """{"a":"10.0.1.0"}""", false)]
    [InlineData("""{"a":[{"cidr":"10.0.0.0/24"}]}""", """{"a":"ec2.amazonaws.com"}""", false)]
    [InlineData("""{"a":[{"cidr":"2001:db8::/32"}]}""", """{"a":"2001:db8:1::1"}""", true)]
    [InlineData("""{"a":[{"cidr":"2001:db8::/32"}]}""", """{"a":"2001:db9::1"}""", false)]
    [InlineData("""{"a":[{"cidr":"0.0.0.0/0"}]}""", """{"a":"::1"}""", false)]
    // exists: a JSON null is present (exists:true matches it, exists:false does not); an absent field, an empty array
    // and an object (not a leaf) are absent.
    [InlineData("""{"a":[{"exists":true}]}""", """{"a":"x"}""", true)]
    [InlineData("""{"a":[{"exists":true}]}""", """{"a":null}""", true)]
    [InlineData("""{"a":[{"exists":true}]}""", """{}""", false)]
    [InlineData("""{"a":[{"exists":false}]}""", """{}""", true)]
    [InlineData("""{"a":[{"exists":false}]}""", """{"a":null}""", false)]
    [InlineData("""{"a":[{"exists":false}]}""", """{"a":[]}""", true)]
    [InlineData("""{"a":[{"exists":true}]}""", """{"a":{"b":1}}""", false)]
    [InlineData("""{"a":{"b":[{"exists":false}]}}""", """{"c":1}""", true)]
    [InlineData("""{"a":[{"anything-but":"Yes"},{"exists":false}]}""", """{}""", true)]
    // $or at the top level and nested.
    [InlineData("""{"$or":[{"a":["x"]},{"b":["y"]}]}""", """{"b":"y"}""", true)]
    [InlineData("""{"$or":[{"a":["x"]},{"b":["y"]}]}""", """{"b":"x"}""", false)]
    [InlineData("""{"c":["z"],"d":{"$or":[{"a":[1]},{"b":[2]}]}}""", """{"c":"z","d":{"b":2}}""", true)]
    [InlineData("""{"c":["z"],"d":{"$or":[{"a":[1]},{"b":[2]}]}}""", """{"c":"z","b":2}""", false)]
    // Escaped JSON strings are compared by value.
    [InlineData("""{"a":[{"prefix":"Del"}]}""", """{"a":"\u0044elete"}""", true)]
    public void Matches_DocumentedCase_AsEventBridge(string pattern, string record, bool expected)
    {
        using var document = JsonDocument.Parse(record);
        Assert.Equal(expected, EventPatternCompiler.CompileJson(pattern).Matches(document.RootElement));
    }

    [Theory]
    [InlineData("""{"a":"x"}""", "must be a list")]
    [InlineData("""{"a":[]}""", "is empty")]
    [InlineData("""{"a":[{"prefx":"x"}]}""", "unknown operator 'prefx'")]
    [InlineData("""{"a":[{"prefix":"x","suffix":"y"}]}""", "exactly one key")]
    [InlineData("""{"a":[{"numeric":[">","5"]}]}""", "'numeric'")]
    [InlineData("""{"a":[{"numeric":["<",5,">",1]}]}""", "'numeric'")]
    [InlineData("""{"a":[{"numeric":[">",6e9]}]}""", "5e9")]
    [InlineData("""{"a":[{"cidr":"10.0.0.0/33"}]}""", "'cidr'")]
    [InlineData("""{"a":[{"cidr":"not-an-ip"}]}""", "'cidr'")]
    [InlineData("""{"a":[{"wildcard":"a**b"}]}""", "consecutive")]
    [InlineData("""{"a":[{"exists":"yes"}]}""", "'exists'")]
    [InlineData("""{"a":[{"anything-but":{"numeric":[">",1]}}]}""", "inside 'anything-but'")]
    [InlineData("""{"$or":[]}""", "'$or'")]
    [InlineData("""{"a":[["x"]]}""", "list inside its list")]
    [InlineData("""[]""", "must be an object")]
    public void CompileJson_InvalidPattern_ThrowsNamingTheProblem(string pattern, string expected)
    {
        var error = Assert.Throws<FormatException>(() => EventPatternCompiler.CompileJson(pattern));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
