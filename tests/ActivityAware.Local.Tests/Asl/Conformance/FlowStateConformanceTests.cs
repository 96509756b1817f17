using ActivityAware.Local.Asl.Definition;

namespace ActivityAware.Local.Tests.Asl.Conformance;

/// <summary>States Language spec, "Pass State", "Wait State", "Succeed State" and "Fail State".</summary>
public class FlowStateConformanceTests
{
    [Fact]
    public async Task SpecExample_ProvideTestData_PlacesResultAtResultPath()
    {
        var output = await new AslHarness().Output(AslHarness.PassMachine("""
            "Result":{"x-datum":0.381018,"y-datum":622.2269926397355},"ResultPath":"$.coords"
            """), """{"georefOf":"Home"}""");
        Assert.Equal("""{"georefOf":"Home","coords":{"x-datum":0.381018,"y-datum":622.2269926397355}}""", output);
    }

    [Theory]
    [InlineData("without Result or ResultPath the Pass State copies its input", "\"Comment\":\"c\"", """{"a":1}""")]
    [InlineData("Parameters become the result when there is no Result", "\"Parameters\":{\"b.$\":\"$.a\"}", """{"b":1}""")]
    [InlineData("Result wins over Parameters", "\"Parameters\":{\"b.$\":\"$.a\"},\"Result\":2", "2")]
    [InlineData("ResultPath merges the Parameters payload into the raw input", "\"InputPath\":\"$.a\",\"Parameters\":{\"v.$\":\"$\"},\"ResultPath\":\"$.p\"", """{"a":1,"p":{"v":1}}""")]
    [InlineData("Result is literal data, not a Payload Template", "\"Result\":{\"b.$\":\"$.a\"}", """{"b.$":"$.a"}""")]
    [InlineData("OutputPath applies last", "\"Result\":{\"x\":[5]},\"ResultPath\":\"$.r\",\"OutputPath\":\"$.r.x[0]\"", "5")]
    public async Task Pass_FollowsTheSpec(string rule, string fields, string expected)
    {
        var output = await new AslHarness().Output(AslHarness.PassMachine(fields), """{"a":1}""");
        Assert.True(expected == output, $"{rule}: got {output}");
    }

    [Theory]
    [InlineData("Seconds waits that many seconds", "\"Seconds\":10", "{}", 10.0)]
    [InlineData("Seconds may be 0", "\"Seconds\":0", "{}", 0.0)]
    [InlineData("SecondsPath reads a non-negative integer from the effective input", "\"InputPath\":\"$.w\",\"SecondsPath\":\"$.s\"", """{"w":{"s":7}}""", 7.0)]
    [InlineData("Timestamp waits until the instant", "\"Timestamp\":\"2026-11-28T12:01:00Z\"", "{}", 60.0)]
    [InlineData("Timestamp accepts an offset", "\"Timestamp\":\"2026-11-28T13:00:30+01:00\"", "{}", 30.0)]
    [InlineData("a past Timestamp does not wait", "\"Timestamp\":\"2016-03-14T01:59:00Z\"", "{}", 0.0)]
    [InlineData("TimestampPath reads a timestamp", "\"TimestampPath\":\"$.until\"", """{"until":"2026-11-28T12:00:05Z"}""", 5.0)]
    public async Task Wait_WaitsAsTheSpecSays(string rule, string fields, string input, double seconds)
    {
        var harness = new AslHarness();
        var output = await harness.Output("{\"StartAt\":\"W\",\"States\":{\"W\":{\"Type\":\"Wait\"," + fields + ",\"End\":true}}}", input);
        Assert.True(harness.Waiter.Delays.Sum(d => d.TotalSeconds) == seconds, $"{rule}: waited {string.Join(",", harness.Waiter.Delays)}");
        Assert.NotNull(output);
    }

    [Theory]
    [InlineData("exactly one of Seconds, SecondsPath, Timestamp, TimestampPath (none)", "\"Comment\":\"x\"")]
    [InlineData("exactly one of Seconds, SecondsPath, Timestamp, TimestampPath (two)", "\"Seconds\":1,\"SecondsPath\":\"$.s\"")]
    [InlineData("Timestamp MUST use an uppercase T", "\"Timestamp\":\"2016-03-14t01:59:00Z\"")]
    [InlineData("Timestamp MUST have Z or an offset", "\"Timestamp\":\"2016-03-14T01:59:00\"")]
    [InlineData("Seconds MUST be a non-negative integer", "\"Seconds\":-1")]
    [InlineData("Seconds MUST be an integer", "\"Seconds\":1.5")]
    [InlineData("SecondsPath MUST be a Reference Path", "\"SecondsPath\":\"$.s[*]\"")]
    [InlineData("TimestampPath MUST be a Reference Path", "\"TimestampPath\":\"$..t\"")]
    public void InvalidWait_IsRejectedAtLoad(string rule, string fields)
    {
        var e = Assert.Throws<AslDefinitionException>(() => AslHarness.Load("{\"StartAt\":\"W\",\"States\":{\"W\":{\"Type\":\"Wait\"," + fields + ",\"End\":true}}}"));
        Assert.False(string.IsNullOrEmpty(e.Message), rule);
    }

    [Theory]
    [InlineData("SecondsPath selecting a negative number fails", """{"s":-1}""")]
    [InlineData("SecondsPath selecting a string fails", """{"s":"5"}""")]
    [InlineData("SecondsPath selecting nothing fails", """{}""")]
    public async Task Wait_SecondsPathNotANonNegativeInteger_FailsWithRuntime(string rule, string input)
    {
        var (error, _) = await new AslHarness().Failure("""{"StartAt":"W","States":{"W":{"Type":"Wait","SecondsPath":"$.s","End":true}}}""", input);
        Assert.True(error == "States.Runtime", $"{rule}: got {error}");
    }

    [Fact]
    public async Task Succeed_OutputIsItsInputThroughInputPathAndOutputPath()
    {
        var output = await new AslHarness().Output("""{"StartAt":"S","States":{"S":{"Type":"Succeed","InputPath":"$.a","OutputPath":"$.b"}}}""", """{"a":{"b":3}}""");
        Assert.Equal("3", output);
    }

    [Theory]
    [InlineData("spec example: Error and Cause", "\"Error\":\"ErrorA\",\"Cause\":\"Kaiju attack\"", "{}", "ErrorA", "Kaiju attack")]
    [InlineData("spec example: ErrorPath and CausePath", "\"ErrorPath\":\"$.Error\",\"CausePath\":\"$.Cause\"", """{"Error":"E","Cause":"C"}""", "E", "C")]
    [InlineData("ErrorPath and CausePath may be intrinsic functions", "\"ErrorPath\":\"States.Format('{}Error', $.kind)\",\"CausePath\":\"States.JsonToString($.detail)\"",
        """{"kind":"Bad","detail":{"a":1}}""", "BadError", """{"a":1}""")]
    public async Task Fail_ReportsErrorAndCause(string rule, string fields, string input, string error, string cause)
    {
        var result = await new AslHarness().Failure("{\"StartAt\":\"F\",\"States\":{\"F\":{\"Type\":\"Fail\"," + fields + "}}}", input);
        Assert.True(result == (error, cause), $"{rule}: got {result}");
    }

    [Fact]
    public async Task Fail_ErrorPathNotAString_FailsWithRuntime()
    {
        var (error, _) = await new AslHarness().Failure("""{"StartAt":"F","States":{"F":{"Type":"Fail","ErrorPath":"$.e"}}}""", """{"e":5}""");
        Assert.Equal("States.Runtime", error);
    }

    [Theory]
    [InlineData("a Fail state MUST NOT include both Error and ErrorPath", "\"Error\":\"a\",\"ErrorPath\":\"$.e\"")]
    [InlineData("a Fail state MUST NOT include both Cause and CausePath", "\"Cause\":\"a\",\"CausePath\":\"$.e\"")]
    [InlineData("a Fail state is terminal: no Next", "\"Error\":\"a\",\"Next\":\"F\"")]
    [InlineData("a Fail state is terminal: no End", "\"Error\":\"a\",\"End\":true")]
    [InlineData("a Fail state has no InputPath", "\"InputPath\":\"$\"")]
    [InlineData("a Fail state has no OutputPath", "\"OutputPath\":\"$\"")]
    [InlineData("Error MUST be a string", "\"Error\":5")]
    [InlineData("ErrorPath MUST be a Reference Path or an intrinsic function", "\"ErrorPath\":\"$.e[*]\"")]
    [InlineData("CausePath takes only intrinsic functions that return a string", "\"CausePath\":\"States.MathAdd(1, 2)\"")]
    [InlineData("ErrorPath takes only intrinsic functions that return a string", "\"ErrorPath\":\"States.Array('a')\"")]
    public void InvalidFail_IsRejectedAtLoad(string rule, string fields)
    {
        var e = Assert.Throws<AslDefinitionException>(() => AslHarness.Load("{\"StartAt\":\"F\",\"States\":{\"F\":{\"Type\":\"Fail\"," + fields + "}}}"));
        Assert.False(string.IsNullOrEmpty(e.Message), rule);
    }

    [Theory]
    [InlineData("a Succeed state is terminal: no Next", "\"Next\":\"S\"")]
    [InlineData("a Succeed state has no Parameters", "\"Parameters\":{}")]
    [InlineData("a Succeed state has no ResultPath", "\"ResultPath\":\"$.x\"")]
    public void InvalidSucceed_IsRejectedAtLoad(string rule, string fields)
    {
        var e = Assert.Throws<AslDefinitionException>(() => AslHarness.Load("{\"StartAt\":\"S\",\"States\":{\"S\":{\"Type\":\"Succeed\"," + fields + "}}}"));
        Assert.False(string.IsNullOrEmpty(e.Message), rule);
    }
}
