namespace ActivityAware.Local.Tests.Asl.Conformance;

/// <summary>
/// The spec's input and output processing (ResultPath as a Reference Path, the context object, Payload Templates) and its state rules
/// (Wait, Parallel, Map, Fail) over whole machines: each case is a definition and an input with the output, or the error, the spec gives.
/// </summary>
public class StateDataFlowConformanceTests
{
    private const string MapOverFailures =
        """{"StartAt":"M","States":{"M":{"Type":"Map",TOLERANCE"ItemProcessor":{"StartAt":"C","States":{"C":{"Type":"Choice","Choices":[{"Variable":"$","NumericEquals":1,"Next":"F"}],"Default":"S"},"F":{"Type":"Fail","Error":"E"},"S":{"Type":"Succeed"}}},"End":true}}}""";

    private static string Pass(string body) => AslHarness.PassMachine(body);

    private static string Map(string fields) =>
        """{"StartAt":"M","States":{"M":{"Type":"Map",""" + fields + "\"ItemProcessor\":" + """{"StartAt":"A","States":{"A":{"Type":"Pass","End":true}}},"End":true}}}""";

    private static string Wait(string fields) => """{"StartAt":"W","States":{"W":{"Type":"Wait",""" + fields + ""","End":true}}}""";

    private static string Parallel(string fields) =>
        """{"StartAt":"Par","States":{"Par":{"Type":"Parallel",""" + fields +
        "\"Branches\":" + """[{"StartAt":"A","States":{"A":{"Type":"Pass","Result":1,"End":true}}},{"StartAt":"B","States":{"B":{"Type":"Pass","Result":2,"End":true}}}],"End":true}}}""";

    public static TheoryData<string, string, string, string> Outputs => new()
    {
        { "ResultPath $ replaces the whole input with the result", Pass("\"Result\":{\"r\":1},\"ResultPath\":\"$\""), """{"a":1}""", """{"r":1}""" },
        { "ResultPath $ applies whatever the input is", Pass("\"Result\":9,\"ResultPath\":\"$\""), "\"s\"", "9" },
        { "ResultPath may name an existing array item", Pass("\"Result\":9,\"ResultPath\":\"$.a[0]\""), """{"a":[1,2]}""", """{"a":[9,2]}""" },
        { "ResultPath may use bracket notation", Pass("\"Result\":9,\"ResultPath\":\"$['my key']\""), """{"a":1}""", """{"a":1,"my key":9}""" },
        { "ResultPath overwrites a scalar field", Pass("\"Result\":9,\"ResultPath\":\"$.a\""), """{"a":1}""", """{"a":9}""" },
        { "numbers pass through exactly: above 2^53, trailing zeros, exponents, -0",
            Pass("\"Comment\":\"x\""), """{"big":12345678901234567890,"d":1.10,"e":1e2,"z":-0,"f":0.1,"neg":-1.5E-10}""",
            """{"big":12345678901234567890,"d":1.10,"e":1e2,"z":-0,"f":0.1,"neg":-1.5E-10}""" },
        { "numbers above 2^53 keep every digit through a Payload Template",
            Pass("\"Parameters\":{\"b.$\":\"$.big\",\"lit\":12345678901234567890}"), """{"big":12345678901234567890}""",
            """{"b":12345678901234567890,"lit":12345678901234567890}""" },
        { "Result keeps its number as written", Pass("\"Result\":{\"n\":1.0}"), "{}", """{"n":1.0}""" },
        { "Parameters read the context object", Pass("\"Parameters\":{\"s.$\":\"$$.State.Name\",\"e.$\":\"$$.Execution.Name\"}"), "{}", """{"s":"P","e":"exec-1"}""" },
        { "InputPath may read the context object", Pass("\"InputPath\":\"$$.State.Name\""), "{}", "\"P\"" },
        { "OutputPath may read the context object", Pass("\"OutputPath\":\"$$.State.Name\""), "{}", "\"P\"" },
        { "a Payload Template applies inside arrays", Pass("\"Parameters\":{\"l\":[{\"a.$\":\"$.x\"},\"k\"]}"), """{"x":1}""", """{"l":[{"a":1},"k"]}""" },
        { "only a name ending in .$ takes a path", Pass("\"Parameters\":{\"a$\":\"$.x\"}"), """{"x":1}""", """{"a$":"$.x"}""" },
        { "an indefinite path that selects nothing gives an empty array", Pass("\"Parameters\":{\"x.$\":\"$.j[*].q\"}"), """{"j":[{"a":1}]}""", """{"x":[]}""" },
        { "a filter that matches nothing gives an empty array", Pass("\"InputPath\":\"$.j[?(@.a == 5)]\""), """{"j":[{"a":1}]}""", "[]" },
        { "Wait Timestamp may have a fraction of a second", Wait("\"Timestamp\":\"2016-03-14T01:59:00.123Z\""), """{"a":1}""", """{"a":1}""" },
        { "Parallel ResultSelector reads the branch results", Parallel("\"ResultSelector\":{\"f.$\":\"$[0]\"},"), "{}", """{"f":1}""" },
        { "Parallel ResultSelector may call intrinsic functions", Parallel("\"ResultSelector\":{\"f.$\":\"States.Format('{}-{}', $[0], $[1])\"},"), "{}", """{"f":"1-2"}""" },
        { "Parallel Parameters are each branch's input",
            """{"StartAt":"Par","States":{"Par":{"Type":"Parallel","Parameters":{"x.$":"$.a"},"Branches":[{"StartAt":"A","States":{"A":{"Type":"Pass","End":true}}}],"End":true}}}""",
            """{"a":5}""", """[{"x":5}]""" },
        { "a Map over an empty array gives an empty array", Map(""), "[]", "[]" },
        { "$$.Map.Item.Index and .Value in ItemSelector", Map("\"ItemSelector\":{\"i.$\":\"$$.Map.Item.Index\",\"v.$\":\"$$.Map.Item.Value\"},"), "[\"a\",\"b\"]",
            """[{"i":0,"v":"a"},{"i":1,"v":"b"}]""" },
        { "a Map's ResultPath places the result array", Map("\"ItemsPath\":\"$.l\",\"ResultPath\":\"$.r\","), """{"l":[1]}""", """{"l":[1],"r":[1]}""" },
        { "ItemsPath may read the context object", Map("\"ItemsPath\":\"$$.Execution.Input.l\","), """{"l":[1,2]}""", "[1,2]" },
        { "MaxConcurrency 0 places no limit", Map("\"MaxConcurrency\":0,"), "[1,2]", "[1,2]" },
        { "MaxConcurrencyPath reads the limit", Map("\"MaxConcurrencyPath\":\"$.c\",\"ItemsPath\":\"$.l\","), """{"l":[1,2],"c":1}""", "[1,2]" },
        { "ToleratedFailurePercentagePath may read a fraction", Map("\"ToleratedFailurePercentagePath\":\"$.p\",\"ItemsPath\":\"$.l\","), """{"l":[1,2],"p":50.5}""", "[1,2]" },
        { "ToleratedFailurePercentage 34 tolerates one failure in three", MapOverFailures.Replace("TOLERANCE", "\"ToleratedFailurePercentage\":34,", StringComparison.Ordinal), "[1,2,3]", "[null,2,3]" },
        { "States.TaskFailed in a Catcher matches a Parallel branch's error",
            """{"StartAt":"Par","States":{"Par":{"Type":"Parallel","Branches":[{"StartAt":"F","States":{"F":{"Type":"Fail","Error":"ErrorA","Cause":"c"}}}],"Catch":[{"ErrorEquals":["States.TaskFailed"],"Next":"Z"}],"End":true},"Z":{"Type":"Pass","End":true}}}""",
            "{}", """{"Error":"ErrorA","Cause":"c"}""" },
    };

    [Theory]
    [MemberData(nameof(Outputs))]
    public async Task Machine_GivesTheOutputTheSpecSays(string rule, string machine, string input, string expected)
    {
        var output = await new AslHarness().Output(machine, input);
        Assert.True(expected == output, $"{rule}: expected {expected} but got {output}");
    }

    public static TheoryData<string, string, string, string> Failures => new()
    {
        { "InputPath that selects nothing", Pass("\"InputPath\":\"$.m\""), "{}", "States.Runtime" },
        { "OutputPath that selects nothing", Pass("\"OutputPath\":\"$.m\""), "{}", "States.Runtime" },
        { "SecondsPath selecting a fraction", Wait("\"SecondsPath\":\"$.s\""), """{"s":1.5}""", "States.Runtime" },
        { "TimestampPath selecting a number", Wait("\"TimestampPath\":\"$.s\""), """{"s":1}""", "States.Runtime" },
        { "TimestampPath selecting nothing", Wait("\"TimestampPath\":\"$.s\""), "{}", "States.Runtime" },
        { "ItemsPath selecting an object", Map("\"ItemsPath\":\"$.x\","), """{"x":{"a":1}}""", "States.Runtime" },
        { "ItemsPath selecting nothing", Map("\"ItemsPath\":\"$.x\","), "{}", "States.Runtime" },
        { "ToleratedFailurePercentage 33 does not tolerate one failure in three (33.3%)",
            MapOverFailures.Replace("TOLERANCE", "\"ToleratedFailurePercentage\":33,", StringComparison.Ordinal), "[1,2,3]", "States.ExceedToleratedFailureThreshold" },
        { "CausePath selecting a number", """{"StartAt":"F","States":{"F":{"Type":"Fail","Error":"E","CausePath":"$.c"}}}""", """{"c":1}""", "States.Runtime" },
        { "ErrorPath selecting nothing", """{"StartAt":"F","States":{"F":{"Type":"Fail","ErrorPath":"$.e"}}}""", "{}", "States.Runtime" },
        { "ErrorPath may read the context object", """{"StartAt":"F","States":{"F":{"Type":"Fail","ErrorPath":"$$.State.Name"}}}""", "{}", "F" },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public async Task Machine_FailsWithTheErrorTheSpecSays(string rule, string machine, string input, string expectedError)
    {
        var (error, _) = await new AslHarness().Failure(machine, input);
        Assert.True(expectedError == error, $"{rule}: expected {expectedError} but got {error}");
    }
}
