using ActivityAware.Local.Asl.Definition;

namespace ActivityAware.Local.Tests.Asl.Conformance;

/// <summary>States Language spec, "Choice State" and "JSONPath Choice Rules".</summary>
public class ChoiceConformanceTests
{
    private static string Machine(string rule) =>
        """{"StartAt":"C","States":{"C":{"Type":"Choice","Choices":[{""" + rule +
        ""","Next":"Yes"}],"Default":"No"},"Yes":{"Type":"Pass","Result":"yes","End":true},"No":{"Type":"Pass","Result":"no","End":true}}}""";

    [Theory]
    [InlineData("spec: foo*.log matches foo23.log", "foo23.log", "foo*.log", "yes")]
    [InlineData("spec: *.log matches zebra.log", "zebra.log", "*.log", "yes")]
    [InlineData("spec: foo*.* matches foobar.zebra", "foobar.zebra", "foo*.*", "yes")]
    [InlineData("* matches zero characters", "foo.log", "foo*.log", "yes")]
    [InlineData("no characters other than * are special", "a?c", "a?c", "yes")]
    [InlineData("no characters other than * are special (? is literal)", "abc", "a?c", "no")]
    [InlineData("the whole value must match", "foo.log.gz", "*.log", "no")]
    [InlineData("\\* is a literal star", "a*b", "a\\\\*b", "yes")]
    [InlineData("\\* is not a wildcard", "axxb", "a\\\\*b", "no")]
    [InlineData("\\\\ is a literal backslash", "c:\\\\x", "c:\\\\\\\\*", "yes")]
    [InlineData("matching is case-sensitive", "FOO.log", "foo*", "no")]
    public async Task StringMatches_FollowsTheSpec(string rule, string value, string pattern, string expected)
    {
        var output = await new AslHarness().Output(Machine($"\"Variable\":\"$.v\",\"StringMatches\":\"{pattern}\""), $"{{\"v\":\"{value}\"}}");
        Assert.True($"\"{expected}\"" == output, $"{rule}: got {output}");
    }

    [Theory]
    [InlineData("an open escape backslash is an error", "a\\\\b")]
    [InlineData("a trailing backslash is an open escape", "ab\\\\")]
    public void StringMatches_OpenEscape_IsRejectedAtLoad(string rule, string pattern)
    {
        var e = Assert.Throws<AslDefinitionException>(() => AslHarness.Load(Machine($"\"Variable\":\"$.v\",\"StringMatches\":\"{pattern}\"")));
        Assert.True(e.Message.Contains("StringMatches", StringComparison.Ordinal), rule + ": " + e.Message);
    }

    [Theory]
    [InlineData("And stops once the value is determined: a false first rule skips a rule that would fail",
        "\"And\":[{\"Variable\":\"$.n\",\"NumericEquals\":0},{\"Variable\":\"$.missing\",\"NumericEquals\":1}]", "no")]
    [InlineData("Or stops once the value is determined: a true first rule skips a rule that would fail",
        "\"Or\":[{\"Variable\":\"$.n\",\"NumericEquals\":1},{\"Variable\":\"$.missing\",\"NumericEquals\":1}]", "yes")]
    [InlineData("Not inverts its rule", "\"Not\":{\"Variable\":\"$.n\",\"NumericEquals\":2}", "yes")]
    [InlineData("And/Or/Not nest", "\"And\":[{\"Not\":{\"Variable\":\"$.s\",\"StringEquals\":\"x\"}},{\"Or\":[{\"Variable\":\"$.n\",\"NumericLessThan\":0},{\"Variable\":\"$.n\",\"NumericGreaterThan\":0}]}]", "yes")]
    [InlineData("values not both of the appropriate type compare false (string vs number)", "\"Variable\":\"$.s\",\"NumericEquals\":1", "no")]
    [InlineData("values not both of the appropriate type compare false (number vs string)", "\"Variable\":\"$.n\",\"StringEquals\":\"1\"", "no")]
    [InlineData("values not both of the appropriate type compare false (*Path operand of another type)", "\"Variable\":\"$.n\",\"NumericEqualsPath\":\"$.s\"", "no")]
    [InlineData("a field thought of as a timestamp can be matched by a string comparator", "\"Variable\":\"$.t\",\"StringEquals\":\"2016-03-14T01:59:00Z\"", "yes")]
    [InlineData("timestamps compare as instants across offsets", "\"Variable\":\"$.t\",\"TimestampEquals\":\"2016-03-14T02:59:00+01:00\"", "yes")]
    [InlineData("RFC 3339 allows nanosecond fractions", "\"Variable\":\"$.nanos\",\"TimestampGreaterThan\":\"2016-03-14T01:59:00Z\"", "yes")]
    [InlineData("an impossible date is not a timestamp", "\"Variable\":\"$.feb30\",\"IsTimestamp\":true", "no")]
    [InlineData("a lowercase t is not a timestamp", "\"Variable\":\"$.lower\",\"IsTimestamp\":true", "no")]
    [InlineData("a timestamp without zone is not a timestamp", "\"Variable\":\"$.nozone\",\"IsTimestamp\":true", "no")]
    [InlineData("IsNull means the JSON literal null", "\"Variable\":\"$.z\",\"IsNull\":true", "yes")]
    [InlineData("IsPresent on a missing path returns false without error", "\"Variable\":\"$.missing\",\"IsPresent\":true", "no")]
    [InlineData("IsNumeric is false for a numeric string", "\"Variable\":\"$.numstr\",\"IsNumeric\":true", "no")]
    [InlineData("IsBoolean", "\"Variable\":\"$.b\",\"IsBoolean\":true", "yes")]
    [InlineData("IsString is false for null", "\"Variable\":\"$.z\",\"IsString\":true", "no")]
    [InlineData("string comparisons are character by character without case folding", "\"Variable\":\"$.s\",\"StringLessThan\":\"a\"", "yes")]
    [InlineData("numeric comparisons across integer and fraction", "\"Variable\":\"$.n\",\"NumericLessThanEquals\":1.0", "yes")]
    [InlineData("BooleanEqualsPath compares booleans", "\"Variable\":\"$.b\",\"BooleanEqualsPath\":\"$.b2\"", "no")]
    [InlineData("StringGreaterThanEqualsPath", "\"Variable\":\"$.s\",\"StringGreaterThanEqualsPath\":\"$.s\"", "yes")]
    [InlineData("TimestampLessThanPath", "\"Variable\":\"$.t\",\"TimestampLessThanPath\":\"$.later\"", "yes")]
    [InlineData("TimestampGreaterThanEqualsPath", "\"Variable\":\"$.t\",\"TimestampGreaterThanEqualsPath\":\"$.later\"", "no")]
    [InlineData("NumericGreaterThanEqualsPath", "\"Variable\":\"$.n\",\"NumericGreaterThanEqualsPath\":\"$.n\"", "yes")]
    [InlineData("Variable is a Path, not only a Reference Path: a path function applies", "\"Variable\":\"$.list.length()\",\"NumericEquals\":3", "yes")]
    [InlineData("Variable is a Path: a filter yields the array of matches", "\"Variable\":\"$.items[?(@.ok == true)].id\",\"IsPresent\":true", "yes")]
    [InlineData("*Path operands are Paths too", "\"Variable\":\"$.n\",\"NumericLessThanPath\":\"$.list.length()\"", "yes")]
    [InlineData("a *Path operand may read the context object", "\"Variable\":\"$.state\",\"StringEqualsPath\":\"$$.State.Name\"", "yes")]
    public async Task Rule_EvaluatesAsTheSpecSays(string rule, string body, string expected)
    {
        const string input = """
            {"n":1,"s":"Zeta","b":true,"b2":false,"z":null,"numstr":"1","t":"2016-03-14T01:59:00Z","later":"2016-03-14T02:00:00Z",
             "lower":"2016-03-14t01:59:00z","nozone":"2016-03-14T01:59:00","state":"C",
             "list":[1,2,3],"nanos":"2016-03-14T01:59:00.123456789Z","feb30":"2016-02-30T01:59:00Z","items":[{"id":1,"ok":true},{"id":2,"ok":false}]}
            """;
        var output = await new AslHarness().Output(Machine(body), input);
        Assert.True($"\"{expected}\"" == output, $"{rule}: got {output}");
    }

    [Theory]
    [InlineData("timestamps compare as instants: a zero fraction is the same instant", "\"Variable\":\"$.t\",\"TimestampEquals\":\"2016-03-14T01:59:00.000Z\"", """{"t":"2016-03-14T01:59:00Z"}""", "yes")]
    [InlineData("timestamps compare to the nanosecond (TimestampLessThan)", "\"Variable\":\"$.t\",\"TimestampLessThan\":\"2016-03-14T01:59:00.000000002Z\"", """{"t":"2016-03-14T01:59:00.000000001Z"}""", "yes")]
    [InlineData("timestamps compare to the nanosecond (TimestampEquals)", "\"Variable\":\"$.t\",\"TimestampEquals\":\"2016-03-14T01:59:00.12345678Z\"", """{"t":"2016-03-14T01:59:00.123456789Z"}""", "no")]
    [InlineData("timestamps compare to the nanosecond (TimestampGreaterThanPath)", "\"Variable\":\"$.t\",\"TimestampGreaterThanPath\":\"$.u\"", """{"t":"2016-03-14T01:59:00.000000090Z","u":"2016-03-14T01:59:00.00000009Z"}""", "no")]
    [InlineData("IsTimestamp accepts a fraction with an offset", "\"Variable\":\"$.t\",\"IsTimestamp\":true", """{"t":"2016-03-14T01:59:00.5+05:30"}""", "yes")]
    [InlineData("IsTimestamp of a number is false, not an error", "\"Variable\":\"$.t\",\"IsTimestamp\":true", """{"t":1}""", "no")]
    [InlineData("a *Path operand that is not a timestamp compares false", "\"Variable\":\"$.t\",\"TimestampEqualsPath\":\"$.u\"", """{"t":"2016-03-14T01:59:00Z","u":"x"}""", "no")]
    [InlineData("StringMatches of a number is false, not an error", "\"Variable\":\"$.n\",\"StringMatches\":\"*\"", """{"n":1}""", "no")]
    [InlineData("* matches the empty string", "\"Variable\":\"$.s\",\"StringMatches\":\"*\"", """{"s":""}""", "yes")]
    [InlineData("IsPresent false on a missing path is true", "\"Variable\":\"$.m\",\"IsPresent\":false", "{}", "yes")]
    [InlineData("BooleanEquals of the string \"true\" is false", "\"Variable\":\"$.s\",\"BooleanEquals\":true", """{"s":"true"}""", "no")]
    [InlineData("numbers compare by value: 1e2 equals 100", "\"Variable\":\"$.n\",\"NumericEquals\":100", """{"n":1e2}""", "yes")]
    [InlineData("numbers compare by value: -0 equals 0", "\"Variable\":\"$.n\",\"NumericEquals\":0", """{"n":-0}""", "yes")]
    [InlineData("strings compare by code point: B sorts before b", "\"Variable\":\"$.s\",\"StringLessThan\":\"b\"", """{"s":"B"}""", "yes")]
    [InlineData("IsNumeric is false for the string NaN", "\"Variable\":\"$.s\",\"IsNumeric\":false", """{"s":"NaN"}""", "yes")]
    [InlineData("Variable may read the context object", "\"Variable\":\"$$.Execution.Input.n\",\"NumericEquals\":1", """{"n":1}""", "yes")]
    [InlineData("And is false when a later rule is false", "\"And\":[{\"Variable\":\"$.n\",\"NumericEquals\":1},{\"Variable\":\"$.m\",\"IsPresent\":true}]", """{"n":1}""", "no")]
    public async Task Rule_OverItsInput_EvaluatesAsTheSpecSays(string rule, string body, string input, string expected)
    {
        var output = await new AslHarness().Output(Machine(body), input);
        Assert.True($"\"{expected}\"" == output, $"{rule}: got {output}");
    }

    [Theory]
    [InlineData("a comparison on a missing Variable", "\"Variable\":\"$.m\",\"NumericEquals\":1", "{}")]
    [InlineData("IsNull on a missing Variable (only IsPresent tests presence)", "\"Variable\":\"$.m\",\"IsNull\":false", "{}")]
    [InlineData("a *Path operand that selects nothing", "\"Variable\":\"$.n\",\"NumericEqualsPath\":\"$.m\"", """{"n":1}""")]
    public async Task PathThatSelectsNothing_FailsWithRuntime(string rule, string body, string input)
    {
        var (error, _) = await new AslHarness().Failure(Machine(body), input);
        Assert.True(error == "States.Runtime", $"{rule}: got {error}");
    }

    [Fact]
    public async Task SpecExample_DispatchEvent_ChoosesValueInTwenties()
    {
        var output = await new AslHarness().Output("""
            {"StartAt":"DispatchEvent","States":{
              "DispatchEvent":{"Type":"Choice","Choices":[
                {"Not":{"Variable":"$.type","StringEquals":"Private"},"Next":"Public"},
                {"And":[{"Variable":"$.value","IsPresent":true},{"Variable":"$.value","IsNumeric":true},
                        {"Variable":"$.value","NumericGreaterThanEquals":20},{"Variable":"$.value","NumericLessThan":30}],"Next":"ValueInTwenties"},
                {"Variable":"$.rating","NumericGreaterThanPath":"$.auditThreshold","Next":"StartAudit"}],
               "Default":"RecordEvent"},
              "Public":{"Type":"Pass","Result":"Public","End":true},
              "ValueInTwenties":{"Type":"Pass","Result":"ValueInTwenties","End":true},
              "StartAudit":{"Type":"Pass","Result":"StartAudit","End":true},
              "RecordEvent":{"Type":"Pass","Result":"RecordEvent","End":true}}}
            """, """{"type":"Private","value":22}""");
        Assert.Equal("\"ValueInTwenties\"", output);
    }

    [Fact]
    public async Task NoRuleMatchesAndNoDefault_FailsWithNoChoiceMatched()
    {
        var (error, _) = await new AslHarness().Failure("""
            {"StartAt":"C","States":{"C":{"Type":"Choice","Choices":[{"Variable":"$.n","NumericEquals":2,"Next":"Yes"}]},"Yes":{"Type":"Succeed"}}}
            """, """{"n":1}""");
        Assert.Equal("States.NoChoiceMatched", error);
    }

    [Fact]
    public async Task ChoiceState_AppliesInputPathThenOutputPath()
    {
        var output = await new AslHarness().Output("""
            {"StartAt":"C","States":{"C":{"Type":"Choice","InputPath":"$.in","OutputPath":"$.keep","Choices":[{"Variable":"$.n","NumericEquals":1,"Next":"Done"}]},
              "Done":{"Type":"Succeed"}}}
            """, """{"in":{"n":1,"keep":"k"}}""");
        Assert.Equal("\"k\"", output);
    }

    [Theory]
    [InlineData("a Choice State MUST NOT be an End state", """ "Choices":[{"Variable":"$.n","IsNull":true,"Next":"Yes"}],"End":true""")]
    [InlineData("a Choice State has no Next", """ "Choices":[{"Variable":"$.n","IsNull":true,"Next":"Yes"}],"Next":"Yes" """)]
    [InlineData("Choices MUST be a non-empty array", """ "Choices":[]""")]
    [InlineData("a top-level Choice Rule MUST have Next", """ "Choices":[{"Variable":"$.n","IsNull":true}]""")]
    [InlineData("nested rules MUST NOT contain Next (And)", """ "Choices":[{"And":[{"Variable":"$.n","IsNull":true,"Next":"Yes"}],"Next":"Yes"}]""")]
    [InlineData("nested rules MUST NOT contain Next (Not)", """ "Choices":[{"Not":{"Variable":"$.n","IsNull":true,"Next":"Yes"},"Next":"Yes"}]""")]
    [InlineData("And MUST be a non-empty array", """ "Choices":[{"And":[],"Next":"Yes"}]""")]
    [InlineData("Not MUST be a single Choice Rule", """ "Choices":[{"Not":[{"Variable":"$.n","IsNull":true}],"Next":"Yes"}]""")]
    [InlineData("exactly one comparison operator", """ "Choices":[{"Variable":"$.n","IsNull":true,"IsString":true,"Next":"Yes"}]""")]
    [InlineData("a Data-test Expression MUST contain Variable", """ "Choices":[{"NumericEquals":1,"Next":"Yes"}]""")]
    [InlineData("Variable MUST be a Path", """ "Choices":[{"Variable":"n","NumericEquals":1,"Next":"Yes"}]""")]
    [InlineData("Variable MUST be a valid Path", """ "Choices":[{"Variable":"$.a[","NumericEquals":1,"Next":"Yes"}]""")]
    [InlineData("a *Path operator's value MUST be a Path", """ "Choices":[{"Variable":"$.n","NumericEqualsPath":"n","Next":"Yes"}]""")]
    [InlineData("NumericEquals takes a number", """ "Choices":[{"Variable":"$.n","NumericEquals":"1","Next":"Yes"}]""")]
    [InlineData("TimestampEquals takes a timestamp", """ "Choices":[{"Variable":"$.n","TimestampEquals":"2016-03-14","Next":"Yes"}]""")]
    [InlineData("IsNull takes a boolean", """ "Choices":[{"Variable":"$.n","IsNull":"true","Next":"Yes"}]""")]
    [InlineData("an unknown operator is rejected", """ "Choices":[{"Variable":"$.n","NumericNotEquals":1,"Next":"Yes"}]""")]
    [InlineData("Default MUST name a state", """ "Choices":[{"Variable":"$.n","IsNull":true,"Next":"Yes"}],"Default":"Nowhere" """)]
    [InlineData("a Choice State MUST have Choices", """ "Default":"Yes" """)]
    [InlineData("Default MUST be a state name string", """ "Choices":[{"Variable":"$.n","IsNull":true,"Next":"Yes"}],"Default":1""")]
    [InlineData("Or MUST be a non-empty array", """ "Choices":[{"Or":[],"Next":"Yes"}]""")]
    [InlineData("a Boolean expression is not also a Data-test expression", """ "Choices":[{"And":[{"Variable":"$.n","IsNull":true}],"Variable":"$.n","IsNull":true,"Next":"Yes"}]""")]
    [InlineData("BooleanEquals takes a boolean", """ "Choices":[{"Variable":"$.n","BooleanEquals":"true","Next":"Yes"}]""")]
    [InlineData("StringEquals takes a string", """ "Choices":[{"Variable":"$.n","StringEquals":1,"Next":"Yes"}]""")]
    [InlineData("StringMatches takes a string", """ "Choices":[{"Variable":"$.n","StringMatches":1,"Next":"Yes"}]""")]
    [InlineData("IsPresent takes a boolean", """ "Choices":[{"Variable":"$.n","IsPresent":1,"Next":"Yes"}]""")]
    [InlineData("Variable MUST be a Path, not an intrinsic function", """ "Choices":[{"Variable":"States.Array(1)","IsNull":true,"Next":"Yes"}]""")]
    [InlineData("a Choice State has no ResultPath", """ "Choices":[{"Variable":"$.n","IsNull":true,"Next":"Yes"}],"ResultPath":"$.x" """)]
    [InlineData("a Choice State has no Parameters", """ "Choices":[{"Variable":"$.n","IsNull":true,"Next":"Yes"}],"Parameters":{}""")]
    [InlineData("a Choice State has no Retry", """ "Choices":[{"Variable":"$.n","IsNull":true,"Next":"Yes"}],"Retry":[]""")]
    [InlineData("Next MUST name a state", """ "Choices":[{"Variable":"$.n","IsNull":true,"Next":"Nowhere"}]""")]
    public void InvalidChoice_IsRejectedAtLoad(string rule, string fields)
    {
        var definition = "{\"StartAt\":\"C\",\"States\":{\"C\":{\"Type\":\"Choice\"," + fields + "},\"Yes\":{\"Type\":\"Succeed\"}}}";
        var e = Assert.Throws<AslDefinitionException>(() => AslHarness.Load(definition));
        Assert.False(string.IsNullOrEmpty(e.Message), rule);
    }
}
