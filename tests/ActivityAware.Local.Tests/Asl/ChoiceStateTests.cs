namespace ActivityAware.Local.Tests.Asl;

public class ChoiceStateTests
{
    private const string Input = """
        {"s":"hello","n":10,"f":1.5,"b":true,"z":null,"t":"2026-01-02T03:04:05Z","t2":"2026-01-02T04:04:05+01:00",
         "star":"a*b","path":"c:\\dir","other":"hello","ten":10,"bad":"2026-01-02 03:04:05"}
        """;

    private static string Machine(string rule) =>
        """{"StartAt":"C","States":{"C":{"Type":"Choice","Choices":[{""" + rule + """
        ,"Next":"Yes"}],"Default":"No"},"Yes":{"Type":"Pass","Result":"yes","End":true},"No":{"Type":"Pass","Result":"no","End":true}}}
        """;

    [Theory]
    [InlineData("\"Variable\":\"$.s\",\"StringEquals\":\"hello\"", "yes")]
    [InlineData("\"Variable\":\"$.s\",\"StringEquals\":\"Hello\"", "no")]
    [InlineData("\"Variable\":\"$.n\",\"StringEquals\":\"10\"", "no")]
    [InlineData("\"Variable\":\"$.s\",\"StringLessThan\":\"world\"", "yes")]
    [InlineData("\"Variable\":\"$.s\",\"StringGreaterThan\":\"world\"", "no")]
    [InlineData("\"Variable\":\"$.s\",\"StringLessThanEquals\":\"hello\"", "yes")]
    [InlineData("\"Variable\":\"$.s\",\"StringGreaterThanEquals\":\"hellp\"", "no")]
    [InlineData("\"Variable\":\"$.s\",\"StringEqualsPath\":\"$.other\"", "yes")]
    [InlineData("\"Variable\":\"$.s\",\"StringMatches\":\"he*o\"", "yes")]
    [InlineData("\"Variable\":\"$.s\",\"StringMatches\":\"*l*\"", "yes")]
    [InlineData("\"Variable\":\"$.s\",\"StringMatches\":\"h*x\"", "no")]
    [InlineData("\"Variable\":\"$.star\",\"StringMatches\":\"a\\\\*b\"", "yes")]
    [InlineData("\"Variable\":\"$.s\",\"StringMatches\":\"h\\\\*o\"", "no")]
    [InlineData("\"Variable\":\"$.path\",\"StringMatches\":\"c:\\\\\\\\*\"", "yes")]
    [InlineData("\"Variable\":\"$.n\",\"NumericEquals\":10", "yes")]
    [InlineData("\"Variable\":\"$.n\",\"NumericEquals\":10.0", "yes")]
    [InlineData("\"Variable\":\"$.s\",\"NumericEquals\":10", "no")]
    [InlineData("\"Variable\":\"$.f\",\"NumericLessThan\":2", "yes")]
    [InlineData("\"Variable\":\"$.f\",\"NumericGreaterThan\":1.5", "no")]
    [InlineData("\"Variable\":\"$.f\",\"NumericGreaterThanEquals\":1.5", "yes")]
    [InlineData("\"Variable\":\"$.n\",\"NumericLessThanEquals\":9", "no")]
    [InlineData("\"Variable\":\"$.n\",\"NumericEqualsPath\":\"$.ten\"", "yes")]
    [InlineData("\"Variable\":\"$.f\",\"NumericLessThanPath\":\"$.n\"", "yes")]
    [InlineData("\"Variable\":\"$.n\",\"NumericGreaterThanPath\":\"$.s\"", "no")]
    [InlineData("\"Variable\":\"$.b\",\"BooleanEquals\":true", "yes")]
    [InlineData("\"Variable\":\"$.s\",\"BooleanEquals\":true", "no")]
    [InlineData("\"Variable\":\"$.b\",\"BooleanEqualsPath\":\"$.b\"", "yes")]
    [InlineData("\"Variable\":\"$.t\",\"TimestampEquals\":\"2026-01-02T03:04:05.000Z\"", "yes")]
    [InlineData("\"Variable\":\"$.t\",\"TimestampEqualsPath\":\"$.t2\"", "yes")]
    [InlineData("\"Variable\":\"$.t\",\"TimestampLessThan\":\"2026-01-02T03:04:06Z\"", "yes")]
    [InlineData("\"Variable\":\"$.t\",\"TimestampGreaterThan\":\"2026-01-02T03:04:06Z\"", "no")]
    [InlineData("\"Variable\":\"$.t\",\"TimestampLessThanEquals\":\"2026-01-02T03:04:05Z\"", "yes")]
    [InlineData("\"Variable\":\"$.t\",\"TimestampGreaterThanEquals\":\"2026-01-02T03:04:05Z\"", "yes")]
    [InlineData("\"Variable\":\"$.bad\",\"TimestampEquals\":\"2026-01-02T03:04:05Z\"", "no")]
    [InlineData("\"Variable\":\"$.s\",\"TimestampLessThanPath\":\"$.t\"", "no")]
    [InlineData("\"Variable\":\"$.z\",\"IsNull\":true", "yes")]
    [InlineData("\"Variable\":\"$.s\",\"IsNull\":true", "no")]
    [InlineData("\"Variable\":\"$.s\",\"IsNull\":false", "yes")]
    [InlineData("\"Variable\":\"$.s\",\"IsPresent\":true", "yes")]
    [InlineData("\"Variable\":\"$.missing\",\"IsPresent\":true", "no")]
    [InlineData("\"Variable\":\"$.missing\",\"IsPresent\":false", "yes")]
    [InlineData("\"Variable\":\"$.z\",\"IsPresent\":true", "yes")]
    [InlineData("\"Variable\":\"$.f\",\"IsNumeric\":true", "yes")]
    [InlineData("\"Variable\":\"$.s\",\"IsNumeric\":true", "no")]
    [InlineData("\"Variable\":\"$.s\",\"IsString\":true", "yes")]
    [InlineData("\"Variable\":\"$.n\",\"IsString\":false", "yes")]
    [InlineData("\"Variable\":\"$.b\",\"IsBoolean\":true", "yes")]
    [InlineData("\"Variable\":\"$.t\",\"IsTimestamp\":true", "yes")]
    [InlineData("\"Variable\":\"$.bad\",\"IsTimestamp\":true", "no")]
    [InlineData("\"Variable\":\"$.n\",\"IsTimestamp\":false", "yes")]
    [InlineData("\"And\":[{\"Variable\":\"$.n\",\"NumericGreaterThan\":5},{\"Variable\":\"$.s\",\"StringEquals\":\"hello\"}]", "yes")]
    [InlineData("\"And\":[{\"Variable\":\"$.n\",\"NumericGreaterThan\":50},{\"Variable\":\"$.s\",\"StringEquals\":\"hello\"}]", "no")]
    [InlineData("\"Or\":[{\"Variable\":\"$.n\",\"NumericGreaterThan\":50},{\"Variable\":\"$.s\",\"StringEquals\":\"hello\"}]", "yes")]
    [InlineData("\"Not\":{\"Variable\":\"$.s\",\"StringEquals\":\"hello\"}", "no")]
    [InlineData("\"Not\":{\"Variable\":\"$.missing\",\"IsPresent\":true}", "yes")]
    [InlineData("\"Variable\":\"$$.Execution.Name\",\"StringEquals\":\"exec-1\"", "yes")]
    public async Task Choice_Rule_SelectsBranch(string rule, string expected)
    {
        var output = await new AslHarness().Output(Machine(rule), Input);
        Assert.Equal($"\"{expected}\"", output);
    }

    [Theory]
    [InlineData("\"Variable\":\"$.missing\",\"StringEquals\":\"x\"", "$.missing")]
    [InlineData("\"Variable\":\"$.missing\",\"IsNull\":true", "$.missing")]
    [InlineData("\"Variable\":\"$.s\",\"StringEqualsPath\":\"$.nowhere\"", "$.nowhere")]
    public async Task Choice_PathSelectsNothing_FailsWithRuntime(string rule, string path)
    {
        var (error, cause) = await new AslHarness().Failure(Machine(rule), Input);
        Assert.Equal("States.Runtime", error);
        Assert.Contains($"Invalid path '{path}'", cause, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Choice_NoMatchAndNoDefault_FailsWithNoChoiceMatched()
    {
        const string machine = """
            {"StartAt":"C","States":{"C":{"Type":"Choice","Choices":[{"Variable":"$.n","NumericEquals":1,"Next":"Y"}]},
             "Y":{"Type":"Succeed"}}}
            """;
        var result = await new AslHarness().Run(machine, Input);
        Assert.Equal("States.NoChoiceMatched", result.Error);
        Assert.Equal(["C"], result.StateNames);
    }

    [Fact]
    public async Task Choice_InputAndOutputPath_ShapeOutputNotTheRuleInput()
    {
        const string machine = """
            {"StartAt":"C","States":{"C":{"Type":"Choice","InputPath":"$.inner","OutputPath":"$.v",
              "Choices":[{"Variable":"$.v","NumericEquals":1,"Next":"Y"}]},"Y":{"Type":"Succeed"}}}
            """;
        Assert.Equal("1", await new AslHarness().Output(machine, """{"inner":{"v":1}}"""));
    }
}
