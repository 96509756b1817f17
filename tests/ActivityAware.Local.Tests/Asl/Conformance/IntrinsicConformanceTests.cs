using ActivityAware.Local.Asl.Definition;

namespace ActivityAware.Local.Tests.Asl.Conformance;

/// <summary>States Language spec, "Intrinsic Functions" and Appendix B, with the AWS developer guide's examples.</summary>
public class IntrinsicConformanceTests
{
    private static Task<string> Eval(string call, string input = "{}") =>
        new AslHarness().Output(AslHarness.PassMachine($"\"Parameters\":{{\"v.$\":\"{call}\"}},\"OutputPath\":\"$.v\""), input);

    [Theory]
    [InlineData("spec: Format with a path and a number", "States.Format('Your name is {}, we are in the year {}', $.name, 2020)", """{"name":"Foo"}""", "\"Your name is Foo, we are in the year 2020\"")]
    [InlineData("spec: \\' is an apostrophe", "States.Format('Welcome to {} {}\\\\'s playlist.', $.firstName, $.lastName)", """{"firstName":"John","lastName":"Doe"}""", "\"Welcome to John Doe's playlist.\"")]
    [InlineData("\\{ and \\} are literal braces", "States.Format('\\\\{\\\\} is {}', $.name)", """{"name":"Foo"}""", "\"{} is Foo\"")]
    [InlineData("\\\\ is a literal backslash", "States.Format('a\\\\\\\\b {}', 1)", "{}", "\"a\\\\b 1\"")]
    [InlineData("the template may come from a path", "States.Format($.template, $.name)", """{"name":"Arnav","template":"Hello, my name is {}."}""", "\"Hello, my name is Arnav.\"")]
    [InlineData("booleans, numbers and null use their natural representation", "States.Format('{} {} {} {}', true, 1.5, null, $.s)", """{"s":"x"}""", "\"true 1.5 null x\"")]
    [InlineData("spec: StringToJson", "States.StringToJson($.someString)", """{"someString":"{\"number\": 20}"}""", """{"number":20}""")]
    [InlineData("spec: JsonToString", "States.JsonToString($.someJson)", """{"someJson":{"name":"Foo","year":2020}}""", "\"{\\\"name\\\":\\\"Foo\\\",\\\"year\\\":2020}\"")]
    [InlineData("spec: Array", "States.Array('Foo', 2020, $.someJson, null)", """{"someJson":{"random":"abcdefg"}}""", """["Foo",2020,{"random":"abcdefg"},null]""")]
    [InlineData("spec: ArrayPartition", "States.ArrayPartition($.inputArray,4)", """{"inputArray":[1,2,3,4,5,6,7,8,9]}""", "[[1,2,3,4],[5,6,7,8],[9]]")]
    [InlineData("spec: ArrayContains", "States.ArrayContains($.inputArray, $.lookingFor)", """{"inputArray":[1,2,3,4,5,6,7,8,9],"lookingFor":5}""", "true")]
    [InlineData("ArrayContains compares JSON values", "States.ArrayContains($.a, $.o)", """{"a":[{"x":1}],"o":{"x":1}}""", "true")]
    [InlineData("spec: ArrayRange", "States.ArrayRange(1, 9, 2)", "{}", "[1,3,5,7,9]")]
    [InlineData("ArrayRange counts down with a negative step", "States.ArrayRange(5, 1, -2)", "{}", "[5,3,1]")]
    [InlineData("spec: ArrayGetItem", "States.ArrayGetItem($.inputArray, $.index)", """{"inputArray":[1,2,3,4,5,6,7,8,9],"index":5}""", "6")]
    [InlineData("spec: ArrayLength", "States.ArrayLength($.inputArray)", """{"inputArray":[1,2,3,4,5,6,7,8,9]}""", "9")]
    [InlineData("spec: ArrayUnique", "States.ArrayUnique($.inputArray)", """{"inputArray":[1,2,3,3,3,3,3,3,4]}""", "[1,2,3,4]")]
    [InlineData("spec: Base64Encode", "States.Base64Encode($.input)", """{"input":"Data to encode"}""", "\"RGF0YSB0byBlbmNvZGU=\"")]
    [InlineData("spec: Base64Decode", "States.Base64Decode($.base64)", """{"base64":"RGF0YSB0byBlbmNvZGU="}""", "\"Data to encode\"")]
    [InlineData("spec: Hash SHA-1", "States.Hash($.Data, $.Algorithm)", """{"Data":"input data","Algorithm":"SHA-1"}""", "\"aaff4a450a104cd177d28d18d74485e8cae074b7\"")]
    [InlineData("Hash MD5", "States.Hash('input data', 'MD5')", "{}", "\"812f45842bc6d66ee14572ce20db8e86\"")]
    [InlineData("spec: JsonMerge is shallow", "States.JsonMerge($.json1, $.json2, false)", """{"json1":{"a":{"a1":1,"a2":2},"b":2},"json2":{"a":{"a3":1,"a4":2},"c":3}}""", """{"a":{"a3":1,"a4":2},"b":2,"c":3}""")]
    [InlineData("spec: MathAdd", "States.MathAdd($.value1, $.step)", """{"value1":111,"step":-1}""", "110")]
    [InlineData("spec: StringSplit", "States.StringSplit($.inputString, $.splitter)", """{"inputString":"1,2,3,4,5","splitter":","}""", """["1","2","3","4","5"]""")]
    [InlineData("StringSplit splits on each delimiter character", "States.StringSplit('This,is+a,test+string', ',+')", "{}", """["This","is","a","test","string"]""")]
    [InlineData("Format: the spec forbids an object argument; AWS writes it as Java's Map.toString", "States.Format('{}', $.o)", """{"o":{"a":1,"b":[true,null]}}""", "\"{a=1, b=[true, null]}\"")]
    [InlineData("ArrayRange may give exactly 1000 items", "States.ArrayLength(States.ArrayRange(1, 1000, 1))", "{}", "1000")]
    [InlineData("ArrayRange from a start equal to its end gives that one item", "States.ArrayRange(0, 0, 1)", "{}", "[0]")]
    [InlineData("ArrayUnique compares objects and arrays by value and keeps the first of each", "States.ArrayUnique($.a)", """{"a":[{"a":1},{"a":1},[1],[1],"1",1,null,null]}""", """[{"a":1},[1],"1",1,null]""")]
    [InlineData("Hash SHA-512", "States.Hash('input data', 'SHA-512')", "{}",
        "\"6ce4adb348546d4f449c4d25aad9a7c9cb711d9e91982d3f0b29ca2f3f47d4ce2deba23bf2954f0f1d593fc50283731a533d30d425402d4f91316d871303aac4\"")]
    [InlineData("MathRandom's end is exclusive: 1 to 2 can only give 1", "States.MathRandom(1, 2)", "{}", "1")]
    [InlineData("MathAdd of negative literals", "States.MathAdd(-1, -2)", "{}", "-3")]
    [InlineData("a string literal argument may hold an escaped apostrophe", "States.Format('{}', 'a\\\\'b')", "{}", "\"a'b\"")]
    [InlineData("commas and parentheses inside a string literal are text", "States.Format('a, (b) {}', 1)", "{}", "\"a, (b) 1\"")]
    [InlineData("an empty string literal", "States.Format('{}{}', '', 'a')", "{}", "\"a\"")]
    [InlineData("a $ inside a string literal is text, not a path", "States.Format('$ {}', 1)", "{}", "\"$ 1\"")]
    [InlineData("an argument above 2^53 keeps every digit", "States.Array($.n)", """{"n":12345678901234567890}""", "[12345678901234567890]")]
    [InlineData("JsonToString of a number above 2^53 keeps every digit", "States.JsonToString($.n)", """{"n":12345678901234567890}""", "\"12345678901234567890\"")]
    [InlineData("negative and fractional number literals", "States.Array(-1, 2.5, 0)", "{}", "[-1,2.5,0]")]
    [InlineData("ArrayContains is false when the value is absent", "States.ArrayContains($.a, 'x')", """{"a":[1]}""", "false")]
    [InlineData("ArrayPartition of an empty array is empty", "States.ArrayPartition($.a, 2)", """{"a":[]}""", "[]")]
    [InlineData("ArrayPartition with a chunk larger than the array gives one chunk", "States.ArrayPartition($.a, 5)", """{"a":[1,2]}""", "[[1,2]]")]
    [InlineData("ArrayLength of an empty array is 0", "States.ArrayLength($.a)", """{"a":[]}""", "0")]
    [InlineData("StringToJson undoes JsonToString", "States.StringToJson(States.JsonToString($.o))", """{"o":{"a":[1]}}""", """{"a":[1]}""")]
    [InlineData("a path argument may read the context object", "States.Format('{}', $$.State.Name)", "{}", "\"P\"")]
    [InlineData("a path argument may be a filter", "States.ArrayLength($.j[?(@.a > 1)])", """{"j":[{"a":1},{"a":2},{"a":3}]}""", "2")]
    [InlineData("a path argument may name a field holding a comma and a space", "States.Format('{}', $['a, b'])", """{"a, b":"x"}""", "\"x\"")]
    [InlineData("a nested call may be followed by more arguments", "States.Array(States.Array(1), 'x')", "{}", """[[1],"x"]""")]
    [InlineData("intrinsic functions nest", "States.ArrayGetItem(States.StringSplit(States.ArrayGetItem(States.StringSplit($.arn, '/'), 1), '.'), 0)", """{"arn":"a/b.c/d"}""", "\"b\"")]
    public async Task Function_ReturnsWhatTheSpecSays(string rule, string call, string input, string expected)
    {
        var output = await Eval(call.Replace("\"", "\\\"", StringComparison.Ordinal), input);
        Assert.True(expected == output, $"{rule}: expected {expected} but got {output}");
    }

    [Theory]
    [InlineData("Format: fewer arguments than {}", "States.Format('{} {}', 1)", "{}")]
    [InlineData("Format: more arguments than {}", "States.Format('{}', 1, 2)", "{}")]
    [InlineData("Format: the first argument MUST be a string", "States.Format($.n)", """{"n":1}""")]
    [InlineData("StringToJson: the argument MUST be a string", "States.StringToJson($.n)", """{"n":1}""")]
    [InlineData("StringToJson: the argument MUST be JSON", "States.StringToJson($.s)", """{"s":"{nope"}""")]
    [InlineData("ArrayPartition: the chunk size MUST be positive", "States.ArrayPartition($.a, 0)", """{"a":[1]}""")]
    [InlineData("ArrayPartition: the first argument MUST be an array", "States.ArrayPartition($.s, 1)", """{"s":"x"}""")]
    [InlineData("ArrayRange: the step MUST NOT be zero", "States.ArrayRange(1, 9, 0)", "{}")]
    [InlineData("ArrayRange: MUST NOT contain more than 1000 items", "States.ArrayRange(1, 1001, 1)", "{}")]
    [InlineData("ArrayRange: arguments MUST be integers", "States.ArrayRange(1, 9, 1.5)", "{}")]
    [InlineData("ArrayGetItem: an index past the end fails", "States.ArrayGetItem($.a, 3)", """{"a":[1]}""")]
    [InlineData("ArrayLength: the argument MUST be an array", "States.ArrayLength($.s)", """{"s":"x"}""")]
    [InlineData("Base64Encode: at most 10,000 characters", "States.Base64Encode($.long)", "LONG")]
    [InlineData("Base64Decode: the argument MUST be base64", "States.Base64Decode('%%%')", "{}")]
    [InlineData("Hash: an unknown algorithm fails", "States.Hash('x', 'SHA-3')", "{}")]
    [InlineData("Hash: at most 10,000 characters", "States.Hash($.long, 'MD5')", "LONG")]
    [InlineData("JsonMerge: only shallow merging (false) is supported", "States.JsonMerge($.a, $.a, true)", """{"a":{}}""")]
    [InlineData("JsonMerge: the arguments MUST be objects", "States.JsonMerge($.a, $.b, false)", """{"a":{},"b":[1]}""")]
    [InlineData("MathRandom: the end MUST be greater than the start", "States.MathRandom(5, 5)", "{}")]
    [InlineData("MathAdd: the arguments MUST be numbers", "States.MathAdd('1', 2)", "{}")]
    [InlineData("ArrayGetItem: a negative index fails", "States.ArrayGetItem($.a, -1)", """{"a":[1,2]}""")]
    [InlineData("ArrayGetItem: the index MUST be an integer", "States.ArrayGetItem($.a, 0.5)", """{"a":[1,2]}""")]
    [InlineData("ArrayGetItem: the index MUST be a number", "States.ArrayGetItem($.a, '0')", """{"a":[1]}""")]
    [InlineData("ArrayUnique: the argument MUST be an array", "States.ArrayUnique($.a)", """{"a":"x"}""")]
    [InlineData("ArrayRange: 0 to 1000 would be 1001 items", "States.ArrayRange(0, 1000, 1)", "{}")]
    [InlineData("Hash: the data MUST be a string", "States.Hash($.n, 'MD5')", """{"n":1}""")]
    [InlineData("MathAdd: a string holding a number is not a number", "States.MathAdd($.s, 1)", """{"s":"1"}""")]
    [InlineData("JsonMerge: the third argument MUST be the boolean false, not a string", "States.JsonMerge($.a, $.a, 'false')", """{"a":{}}""")]
    [InlineData("JsonMerge: null is not an object", "States.JsonMerge($.a, null, false)", """{"a":{}}""")]
    [InlineData("UUID takes no arguments", "States.UUID(1)", "{}")]
    public async Task InvalidArguments_FailWithIntrinsicFailure(string rule, string call, string input)
    {
        if (input == "LONG")
            input = $"{{\"long\":\"{new string('x', 10_001)}\"}}";
        var (error, _) = await new AslHarness().Failure(
            AslHarness.PassMachine($"\"Parameters\":{{\"v.$\":\"{call.Replace("\"", "\\\"", StringComparison.Ordinal)}\"}}"), input);
        Assert.True(error == "States.IntrinsicFailure", $"{rule}: got {error}");
    }

    [Theory]
    // Kept (no AWS recording of the rejection text): LocalStack's AWS-validated scenarios name intrinsics whose literals hold \" "illegal"
    // (templates/scenarios/escape_sequences_illegal_intrinsic_function*.json5), while a raw newline inside a literal runs
    // (v2/intrinsic_functions/test_generic.snapshot.json, test_escape_sequence; AwsRecordedIntrinsicTests).
    [InlineData("an open escape backslash is an error", "States.Format('a\\\\b')")]
    [InlineData("an escaped double quote is not one of the four escapes", "States.Format('say \\\\\\\"hi\\\\\\\"')")]
    [InlineData("an unterminated string is an error", "States.Format('abc)")]
    [InlineData("an unknown function is an error", "States.Frobnicate(1)")]
    [InlineData("arguments are enclosed by ( and )", "States.UUID")]
    [InlineData("the name is followed immediately by the arguments", "States.UUID ()")]
    [InlineData("text after the call is an error", "States.UUID() x")]
    [InlineData("JsonToString's single argument MUST be a Path", "States.JsonToString('x')")]
    public void MalformedCall_IsRejectedAtLoad(string rule, string call)
    {
        var e = Assert.Throws<AslDefinitionException>(() => AslHarness.Load(AslHarness.PassMachine($"\"Parameters\":{{\"v.$\":\"{call}\"}}")));
        Assert.False(string.IsNullOrEmpty(e.Message), rule);
    }

    [Fact]
    public async Task Base64Decode_MoreThan10000Characters_FailsEvenWhenTheyAreValidBase64()
    {
        var (error, _) = await new AslHarness().Failure(
            AslHarness.PassMachine("\"Parameters\":{\"v.$\":\"States.Base64Decode($.s)\"}"), $"{{\"s\":\"{new string('A', 10_004)}\"}}");
        Assert.Equal("States.IntrinsicFailure", error);
    }

    /// <summary>
    /// AWS (Jackson) escapes only quote, backslash and control characters in JSON text; an emoji or U+007F is written as itself, so the
    /// string States.JsonToString returns holds the character, not the six characters of a \uXXXX escape.
    /// </summary>
    [Theory]
    [InlineData("a character outside the Basic Multilingual Plane", "\uD83D\uDE00", "\uD83D\uDE00")]
    [InlineData("U+007F", "a\u007Fb", "a\u007Fb")]
    [InlineData("HTML-sensitive characters", "<&>'", "<&>'")]
    [InlineData("a control character stays escaped", "a\\u0001b", "a\\\\u0001b")]
    [InlineData("an escaped backslash before a u stays a backslash", "\\\\u0041", "\\\\\\\\u0041")]
    public async Task JsonToString_EscapesOnlyWhatJacksonEscapes(string rule, string jsonEscapedValue, string expectedInside)
    {
        var result = await new AslHarness().Run(
            AslHarness.PassMachine("\"Parameters\":{\"v.$\":\"States.JsonToString($.o)\"},\"OutputPath\":\"$.v\""), $"{{\"o\":{{\"s\":\"{jsonEscapedValue}\"}}}}");
        Assert.True(result.Succeeded, $"{rule}: {result.Error} {result.Cause}");
        var expected = System.Text.Json.JsonSerializer.Deserialize<string>($"\"{expectedInside}\"");
        Assert.True(result.Output!.GetValue<string>() == $"{{\"s\":\"{expected}\"}}", $"{rule}: got {result.Output!.GetValue<string>()}");
    }

    [Fact]
    public async Task MathRandom_StaysWithinTheRange_AndASeedRepeatsItsResult()
    {
        for (var i = 0; i < 20; i++)
        {
            var value = int.Parse(await Eval("States.MathRandom(1, 4)"), System.Globalization.CultureInfo.InvariantCulture);
            Assert.InRange(value, 1, 3);
        }
        Assert.Equal(await Eval("States.MathRandom(1, 1000, 7)"), await Eval("States.MathRandom(1, 1000, 7)"));
    }

    [Fact]
    public async Task Uuid_IsAVersion4Uuid()
    {
        var uuid = (await Eval("States.UUID()")).Trim('"');
        Assert.Matches("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$", uuid);
    }
}
