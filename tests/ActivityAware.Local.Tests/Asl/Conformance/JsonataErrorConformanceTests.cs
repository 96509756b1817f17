using ActivityAware.Local.Asl;

namespace ActivityAware.Local.Tests.Asl.Conformance;

/// <summary>
/// States.QueryEvaluationError: an expression that fails, yields nothing, or yields the wrong type for its field (developer guide,
/// "Handling errors": "Query evaluation failed in a JSONata state, such as a JSONata type error, an incorrectly typed result, or an
/// undefined result"). The cause names the expression and the field; AWS's sentence for a failing expression ("threw an error during
/// evaluation. CODE: message") is as measured against AWS by the Floci emulator (floci-io/floci #2736, #2783).
/// </summary>
public class JsonataErrorConformanceTests
{
    private static string Pass(string output) =>
        "{\"QueryLanguage\":\"JSONata\",\"StartAt\":\"E\",\"States\":{\"E\":{\"Type\":\"Pass\",\"Output\":" + output + ",\"End\":true}}}";

    [Fact]
    public async Task FailingExpression_CauseNamesExpressionFieldAndJsonataCode()
    {
        var (error, cause) = await new AslHarness().Failure(Pass("""{"v":"{% $states.input.s + 1 %}"}"""), """{"s":"text"}""");
        Assert.Equal("States.QueryEvaluationError", error);
        Assert.StartsWith(
            "An error occurred while executing the state 'E' (entered at the event id #2). The JSONata expression '$states.input.s + 1' specified for the field 'Output/v' threw an error during evaluation. T2001: ",
            cause, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a Condition that is not a boolean",
        """{"QueryLanguage":"JSONata","StartAt":"C","States":{"C":{"Type":"Choice","Choices":[{"Condition":"{% $states.input.n %}","Next":"S"}],"Default":"S"},"S":{"Type":"Succeed"}}}""",
        "The JSONata expression '$states.input.n' specified for the field 'Choices[0]/Condition' returned an unexpected result type. Expected 'boolean', but was 'number' for value: 5")]
    [InlineData("Wait Seconds that is not an integer",
        """{"QueryLanguage":"JSONata","StartAt":"W","States":{"W":{"Type":"Wait","Seconds":"{% $string($states.input.n) %}","End":true}}}""",
        "The JSONata expression '$string($states.input.n)' specified for the field 'Seconds' returned an unexpected result type. Expected 'integer', but was 'string' for value: \"5\"")]
    [InlineData("Map Items that is not an array",
        """{"QueryLanguage":"JSONata","StartAt":"M","States":{"M":{"Type":"Map","Items":"{% $states.input %}","ItemProcessor":{"StartAt":"I","States":{"I":{"Type":"Pass","End":true}}},"End":true}}}""",
        "The JSONata expression '$states.input' specified for the field 'Items' returned an unexpected result type. Expected 'array', but was 'object'")]
    [InlineData("Fail Error that is not a string",
        """{"QueryLanguage":"JSONata","StartAt":"F","States":{"F":{"Type":"Fail","Error":"{% $states.input.n %}"}}}""",
        "The JSONata expression '$states.input.n' specified for the field 'Error' returned an unexpected result type. Expected 'string', but was 'number'")]
    [InlineData("HeartbeatSeconds below 1",
        """{"QueryLanguage":"JSONata","StartAt":"T","States":{"T":{"Type":"Task","Resource":"arn:aws:lambda:us-east-1:123456789012:function:broken","HeartbeatSeconds":"{% $states.input.n - 5 %}","End":true}}}""",
        "The JSONata expression '$states.input.n - 5' specified for the field 'HeartbeatSeconds' returned 0, but HeartbeatSeconds must be between 1 and 99999999.")]
    [InlineData("an undefined Condition",
        """{"QueryLanguage":"JSONata","StartAt":"C","States":{"C":{"Type":"Choice","Choices":[{"Condition":"{% $states.input.missing %}","Next":"S"}],"Default":"S"},"S":{"Type":"Succeed"}}}""",
        "The JSONata expression '$states.input.missing' specified for the field 'Choices[0]/Condition' returned nothing (undefined).")]
    [InlineData("an undefined array element",
        """{"QueryLanguage":"JSONata","StartAt":"E","States":{"E":{"Type":"Pass","Output":{"values":["{% $states.input.missing %}"]},"End":true}}}""",
        "The JSONata expression '$states.input.missing' specified for the field 'Output/values[0]' returned nothing (undefined).")]
    [InlineData("a variable no state assigned",
        """{"QueryLanguage":"JSONata","StartAt":"E","States":{"E":{"Type":"Pass","Output":"{% $never %}","End":true}}}""",
        "The JSONata expression '$never' specified for the field 'Output' returned nothing (undefined).")]
    [InlineData("a Catcher's Output, named under its index",
        """{"QueryLanguage":"JSONata","StartAt":"T","States":{"T":{"Type":"Task","Resource":"arn:aws:lambda:us-east-1:123456789012:function:broken","Catch":[{"ErrorEquals":["States.ALL"],"Output":{"v":"{% $states.errorOutput.missing %}"},"Next":"S"}],"End":true},"S":{"Type":"Succeed"}}}""",
        "The JSONata expression '$states.errorOutput.missing' specified for the field 'Catch[0]/Output/v' returned nothing (undefined).")]
    public async Task WrongOrMissingResult_IsQueryEvaluationError(string rule, string definition, string expectedCauseEnd)
    {
        var harness = new AslHarness().Function("broken", _ => throw new StatesErrorException("Broken", "it broke"));
        var (error, cause) = await harness.Failure(definition, """{"n":5}""");
        Assert.Equal("States.QueryEvaluationError", error);
        Assert.True(cause!.Contains(expectedCauseEnd, StringComparison.Ordinal), $"{rule}: {cause}");
    }

    [Fact]
    public async Task QueryEvaluationError_InAMapIteration_FailsTheMapWithThePrefixOnce()
    {
        var (error, cause) = await new AslHarness().Failure("""
            {"QueryLanguage":"JSONata","StartAt":"M","States":{"M":{"Type":"Map","Items":[1],
              "ItemProcessor":{"StartAt":"I","States":{"I":{"Type":"Pass","Output":"{% $states.input.x %}","End":true}}},"End":true}}}
            """);
        Assert.Equal("States.QueryEvaluationError", error);
        Assert.StartsWith("An error occurred while executing the state 'I'", cause, StringComparison.Ordinal);
        Assert.Equal(1, cause!.Split("An error occurred").Length - 1);
    }

    [Fact]
    public async Task QueryEvaluationError_IsRetried()
    {
        var harness = new AslHarness();
        var (error, _) = await harness.Failure("""
            {"QueryLanguage":"JSONata","StartAt":"P","States":{"P":{"Type":"Parallel","Retry":[{"ErrorEquals":["States.QueryEvaluationError"],"MaxAttempts":2}],
              "Branches":[{"StartAt":"A","States":{"A":{"Type":"Pass","Output":"{% $states.input.x %}","End":true}}}],"End":true}}}
            """);
        Assert.Equal("States.QueryEvaluationError", error);
        Assert.Equal(2, harness.Waiter.Delays.Count);
    }

    [Fact]
    public async Task OutputOverThePayloadLimit_IsDataLimitExceeded()
    {
        var (error, _) = await new AslHarness().Failure(Pass("\"{% $join($map([1..30000], function($i) { 'xxxxxxxxxx' })) %}\""));
        Assert.Equal("States.DataLimitExceeded", error);
    }

    [Fact]
    public async Task ArgumentsOverThePayloadLimit_IsDataLimitExceeded_BeforeTheCall()
    {
        var called = false;
        var harness = new AslHarness().Function("f", p => { called = true; return p; });
        var (error, cause) = await harness.Failure("""
            {"QueryLanguage":"JSONata","StartAt":"T","States":{"T":{"Type":"Task","Resource":"arn:aws:lambda:us-east-1:123456789012:function:f",
              "Arguments":{"big":"{% $join($map([1..30000], function($i) { 'xxxxxxxxxx' })) %}"},"End":true}}}
            """);
        Assert.Equal("States.DataLimitExceeded", error);
        Assert.Equal("The state/task 'T' was given an input with a size exceeding the maximum number of bytes service limit.", cause);
        Assert.False(called);
    }

    [Fact]
    public async Task AssignOverTheVariableLimit_IsDataLimitExceeded()
    {
        var (error, cause) = await new AslHarness().Failure(
            """{"QueryLanguage":"JSONata","StartAt":"E","States":{"E":{"Type":"Pass","Assign":{"big":"{% $join($map([1..26220], function($i) { 'xxxxxxxxxx' })) %}"},"End":true}}}""");
        Assert.Equal("States.DataLimitExceeded", error);
        Assert.Contains("'big'", cause, StringComparison.Ordinal);
    }
}
