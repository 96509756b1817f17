using System.Text.Json.Nodes;
using ActivityAware.Local.Asl;

namespace ActivityAware.Local.Tests.Asl.Conformance;

/// <summary>
/// Every state type in the JSONata query language, as the developer guide describes it ("Transforming data with JSONata in Step
/// Functions": the $states reserved variable and which of its fields each field reads; "Passing data between states with variables"; the
/// Task, Pass, Choice, Wait, Succeed, Fail, Parallel and Map state pages' JSONata fields; "Handling errors": Catch Output and Assign).
/// </summary>
public class JsonataStateConformanceTests
{
    private const string Fn = "arn:aws:lambda:us-east-1:123456789012:function:f";

    private static string Machine(string states, string startAt = "S") =>
        "{\"QueryLanguage\":\"JSONata\",\"StartAt\":\"" + startAt + "\",\"States\":{" + states + "}}";

    public static TheoryData<string, string, string, string> Outputs => new()
    {
        {
            "Pass: no Output passes $states.input through",
            Machine("""  "S":{"Type":"Pass","End":true}  """), """{"a":1}""", """{"a":1}"""
        },
        {
            "Pass: Output builds the output from $states.input",
            Machine("""  "S":{"Type":"Pass","Output":{"sum":"{% $states.input.a + $states.input.b %}","list":["{% $states.input.a %}",3]},"End":true}  """),
            """{"a":1,"b":2}""", """{"sum":3,"list":[1,3]}"""
        },
        {
            "Pass: $states.context reads the context object",
            Machine("""  "S":{"Type":"Pass","Output":{"state":"{% $states.context.State.Name %}","input":"{% $states.context.Execution.Input.a %}"},"End":true}  """),
            """{"a":7}""", """{"state":"S","input":7}"""
        },
        {
            "Pass: Assign then a later state reads the variable; the assigning state's Output still sees the old value",
            Machine("""
              "S":{"Type":"Pass","Assign":{"x":1},"Next":"T"},
              "T":{"Type":"Pass","Assign":{"x":"{% $x + 1 %}"},"Output":{"seen":"{% $x %}"},"Next":"U"},
              "U":{"Type":"Pass","Output":"{% $x %}","End":true}
            """), "{}", "2"
        },
        {
            "Pass: Output may be null, a number or a string",
            Machine("""  "S":{"Type":"Pass","Output":"{% null %}","End":true}  """), "{}", "null"
        },
        {
            "Task: without Arguments the function gets the input; without Output the state outputs the result",
            Machine($$$"""  "S":{"Type":"Task","Resource":"{{{Fn}}}","End":true}  """), """{"a":1}""", """{"got":{"a":1}}"""
        },
        {
            "Task: Arguments is the payload; Output reads $states.result and $states.input",
            Machine($$$"""  "S":{"Type":"Task","Resource":"{{{Fn}}}","Arguments":{"n":"{% $states.input.a * 10 %}"},"Output":{"r":"{% $states.result.got.n %}","i":"{% $states.input.a %}"},"End":true}  """),
            """{"a":2}""", """{"r":20,"i":2}"""
        },
        {
            "Task: Assign reads $states.result",
            Machine($$$"""
              "S":{"Type":"Task","Resource":"{{{Fn}}}","Arguments":{"v":5},"Assign":{"fromResult":"{% $states.result.got.v %}"},"Next":"T"},
              "T":{"Type":"Pass","Output":"{% $fromResult %}","End":true}
            """), "{}", "5"
        },
        {
            "Task: TimeoutSeconds as an expression",
            Machine($$$"""  "S":{"Type":"Task","Resource":"{{{Fn}}}","TimeoutSeconds":"{% $states.input.t %}","Output":"{% $states.result.got.t %}","End":true}  """),
            """{"t":30}""", "30"
        },
        {
            "Choice: the first Condition that is true decides; the input passes through",
            Machine("""
              "S":{"Type":"Choice","Choices":[
                {"Condition":"{% $states.input.n > 10 %}","Next":"Big"},
                {"Condition":"{% $states.input.n > 1 %}","Next":"Medium"}],"Default":"Small"},
              "Big":{"Type":"Pass","Output":"big","End":true},
              "Medium":{"Type":"Pass","Output":{"size":"medium","n":"{% $states.input.n %}"},"End":true},
              "Small":{"Type":"Pass","Output":"small","End":true}
            """), """{"n":5}""", """{"size":"medium","n":5}"""
        },
        {
            "Choice: no rule matches: Default with the state's Output",
            Machine("""
              "S":{"Type":"Choice","Choices":[{"Condition":"{% $states.input.n > 10 %}","Next":"Big"}],"Default":"Small","Output":{"was":"{% $states.input.n %}"}},
              "Big":{"Type":"Pass","End":true},
              "Small":{"Type":"Pass","End":true}
            """), """{"n":1}""", """{"was":1}"""
        },
        {
            "Choice: a literal true Condition",
            Machine("""
              "S":{"Type":"Choice","Choices":[{"Condition":false,"Next":"No"},{"Condition":true,"Next":"Yes"}]},
              "No":{"Type":"Pass","Output":"no","End":true},
              "Yes":{"Type":"Pass","Output":"yes","End":true}
            """), "{}", "\"yes\""
        },
        {
            "Wait: Seconds from an expression, then Output",
            Machine("""  "S":{"Type":"Wait","Seconds":"{% $states.input.s %}","Output":{"waited":"{% $states.input.s %}"},"End":true}  """),
            """{"s":3}""", """{"waited":3}"""
        },
        {
            "Wait: Timestamp from an expression",
            Machine("""  "S":{"Type":"Wait","Timestamp":"{% $states.input.at %}","End":true}  """),
            """{"at":"2026-11-28T12:00:10Z"}""", """{"at":"2026-11-28T12:00:10Z"}"""
        },
        {
            "Succeed: Output",
            Machine("""  "S":{"Type":"Succeed","Output":{"done":true,"n":"{% $count($states.input.items) %}"}}  """),
            """{"items":[1,2,3]}""", """{"done":true,"n":3}"""
        },
        {
            "Parallel: Arguments is every branch's input; the result is the branches' outputs; Output reads it",
            Machine("""
              "S":{"Type":"Parallel","Arguments":{"v":"{% $states.input.v %}"},"Branches":[
                {"StartAt":"A","States":{"A":{"Type":"Pass","Output":"{% $states.input.v + 1 %}","End":true}}},
                {"StartAt":"B","States":{"B":{"Type":"Pass","Output":"{% $states.input.v * 2 %}","End":true}}}],
                "Output":{"sum":"{% $sum($states.result) %}","all":"{% $states.result %}"},"End":true}
            """), """{"v":10,"other":1}""", """{"sum":31,"all":[11,20]}"""
        },
        {
            "Map: Items from an expression; ItemSelector reads $states.context.Map.Item; the result is the iterations' outputs",
            Machine("""
              "S":{"Type":"Map","Items":"{% $states.input.list %}",
                "ItemSelector":{"index":"{% $states.context.Map.Item.Index %}","value":"{% $states.context.Map.Item.Value %}","tag":"{% $states.input.tag %}"},
                "ItemProcessor":{"StartAt":"I","States":{"I":{"Type":"Pass","End":true}}},"End":true}
            """), """{"list":["a","b"],"tag":"t"}""", """[{"index":0,"value":"a","tag":"t"},{"index":1,"value":"b","tag":"t"}]"""
        },
        {
            "Map: without Items the input is the array; MaxConcurrency as an expression; Output over the results",
            Machine("""
              "S":{"Type":"Map","MaxConcurrency":"{% 1 %}","ItemProcessor":{"StartAt":"I","States":{"I":{"Type":"Pass","Output":"{% $states.input * $states.input %}","End":true}}},
                "Output":"{% $sum($states.result) %}","End":true}
            """), "[1,2,3]", "14"
        },
        {
            "Map: a literal Items array",
            Machine("""
              "S":{"Type":"Map","Items":[1,"{% $states.input.x %}"],"ItemProcessor":{"StartAt":"I","States":{"I":{"Type":"Pass","End":true}}},"End":true}
            """), """{"x":2}""", "[1,2]"
        },
        {
            "Map: ToleratedFailureCount as an expression keeps a failed iteration's result null",
            Machine("""
              "S":{"Type":"Map","Items":[1,2],"ToleratedFailureCount":"{% 1 %}","ItemProcessor":{"StartAt":"C","States":{
                "C":{"Type":"Choice","Choices":[{"Condition":"{% $states.input = 2 %}","Next":"Boom"}],"Default":"Ok"},
                "Boom":{"Type":"Fail","Error":"E"},
                "Ok":{"Type":"Pass","End":true}}},"End":true}
            """), "{}", "[1,null]"
        },
        {
            "Map: every iteration gets its own copy of what ItemSelector selects, the same input node included",
            Machine("""
              "S":{"Type":"Map","Items":[1,2],"ItemSelector":{"in":"{% $states.input %}","again":"{% $states.input %}"},
                "ItemProcessor":{"StartAt":"I","States":{"I":{"Type":"Pass","End":true}}},"Output":{"all":"{% $states.result %}","first":"{% $states.result[0] %}"},"End":true}
            """), """{"k":1}""", """{"all":[{"in":{"k":1},"again":{"k":1}},{"in":{"k":1},"again":{"k":1}}],"first":{"in":{"k":1},"again":{"k":1}}}"""
        },
        {
            "Pass: $now() reads the execution's clock",
            Machine("""  "S":{"Type":"Pass","Output":"{% $now() %}","End":true}  """), "{}", "\"2026-11-28T12:00:00.000Z\""
        },
        {
            "Catch: no Output gives the error output; the next state reads it",
            Machine($$$"""
              "S":{"Type":"Task","Resource":"{{{Fn}}}","Arguments":{"fail":true},"Catch":[{"ErrorEquals":["States.ALL"],"Next":"H"}],"End":true},
              "H":{"Type":"Pass","End":true}
            """), "{}", """{"Error":"Broken","Cause":"it broke"}"""
        },
        {
            "Catch: Output and Assign read $states.errorOutput and $states.input",
            Machine($$$"""
              "S":{"Type":"Task","Resource":"{{{Fn}}}","Arguments":{"fail":true},"Catch":[{"ErrorEquals":["Broken"],"Next":"H",
                "Output":{"error":"{% $states.errorOutput.Error %}","in":"{% $states.input.k %}"},"Assign":{"cause":"{% $states.errorOutput.Cause %}"}}],"End":true},
              "H":{"Type":"Pass","Output":{"out":"{% $states.input %}","cause":"{% $cause %}"},"End":true}
            """), """{"k":"v"}""", """{"out":{"error":"Broken","in":"v"},"cause":"it broke"}"""
        },
        {
            "Catch: a Catcher's Assign replaces the state's own",
            Machine($$$"""
              "S":{"Type":"Task","Resource":"{{{Fn}}}","Arguments":{"fail":true},"Assign":{"who":"state"},
                "Catch":[{"ErrorEquals":["States.ALL"],"Next":"H","Assign":{"who":"catcher"}}],"End":true},
              "H":{"Type":"Pass","Output":"{% $who %}","End":true}
            """), "{}", "\"catcher\""
        },
        {
            "Catch: States.QueryEvaluationError is caught like any error",
            Machine("""
              "S":{"Type":"Parallel","Branches":[{"StartAt":"A","States":{"A":{"Type":"Pass","Output":"{% $states.input.missing %}","End":true}}}],
                "Catch":[{"ErrorEquals":["States.QueryEvaluationError"],"Output":"{% $states.errorOutput.Error %}","Next":"H"}],"End":true},
              "H":{"Type":"Pass","End":true}
            """), "{}", "\"States.QueryEvaluationError\""
        },
        {
            "Retry then success in JSONata; $states.context.State.RetryCount counts the attempts",
            Machine($$$"""
              "S":{"Type":"Task","Resource":"{{{Fn}}}","Arguments":{"failUntil":1,"attempt":"{% $states.context.State.RetryCount %}"},
                "Retry":[{"ErrorEquals":["Broken"],"IntervalSeconds":1}],"Output":"{% $states.result.got.attempt %}","End":true}
            """), "{}", "1"
        },
        {
            "Variables across languages: a JSONata Map iteration reads the outer variable a JSONPath state assigned",
            """
            {"StartAt":"Set","States":{
              "Set":{"Type":"Pass","Assign":{"factor":3},"Next":"M"},
              "M":{"QueryLanguage":"JSONata","Type":"Map","Items":[1,2],"ItemProcessor":{"StartAt":"I","States":{
                "I":{"QueryLanguage":"JSONata","Type":"Pass","Output":"{% $states.input * $factor %}","End":true}}},"Next":"Read"},
              "Read":{"Type":"Pass","Parameters":{"all.$":"$","factor.$":"$factor"},"End":true}}}
            """, "{}", """{"all":[3,6],"factor":3}"""
        },
        {
            "Variables across languages: a JSONPath state reads what a JSONata state assigned",
            """
            {"StartAt":"J","States":{
              "J":{"QueryLanguage":"JSONata","Type":"Pass","Assign":{"list":"{% [1, 2, $states.input.n] %}"},"Next":"P"},
              "P":{"Type":"Pass","Parameters":{"third.$":"$list[2]"},"End":true}}}
            """, """{"n":9}""", """{"third":9}"""
        },
    };

    [Theory]
    [MemberData(nameof(Outputs))]
    public async Task JsonataState_GivesTheOutputTheGuideDescribes(string rule, string definition, string input, string expected)
    {
        var result = await Harness().Run(definition, input);
        Assert.True(result.Succeeded, $"{rule}: {result.Error}: {result.Cause}");
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), result.Output), $"{rule}: {AslJson.Serialize(result.Output)}");
    }

    [Fact]
    public async Task Fail_ErrorAndCauseFromExpressions()
    {
        var (error, cause) = await Harness().Failure(Machine("""
            "S":{"Type":"Fail","Error":"{% 'Custom.' & $states.input.kind %}","Cause":"{% $string($states.input.n) %}"}
            """), """{"kind":"Bad","n":42}""");
        Assert.Equal("Custom.Bad", error);
        Assert.Equal("42", cause);
    }

    [Fact]
    public async Task Fail_LiteralErrorAndCause()
    {
        var (error, cause) = await Harness().Failure(Machine("""  "S":{"Type":"Fail","Error":"E","Cause":"C"}  """));
        Assert.Equal(("E", "C"), (error, cause));
    }

    [Fact]
    public async Task Wait_SecondsExpression_WaitsThatLong()
    {
        var harness = Harness();
        await harness.Output(Machine("""  "S":{"Type":"Wait","Seconds":"{% $states.input.s * 2 %}","End":true}  """), """{"s":4}""");
        Assert.Equal([TimeSpan.FromSeconds(8)], harness.Waiter.Delays);
    }

    [Fact]
    public async Task Choice_NoMatchAndNoDefault_IsNoChoiceMatched()
    {
        var (error, _) = await Harness().Failure(Machine("""
            "S":{"Type":"Choice","Choices":[{"Condition":"{% false %}","Next":"T"}]},
            "T":{"Type":"Succeed"}
            """));
        Assert.Equal("States.NoChoiceMatched", error);
    }

    [Fact]
    public async Task JsonPathMachine_JsonataTaskInside_RunsBothLanguages()
    {
        var output = await Harness().Output("""
            {"StartAt":"P","States":{
              "P":{"Type":"Pass","Parameters":{"n.$":"$.value"},"Next":"T"},
              "T":{"QueryLanguage":"JSONata","Type":"Task","Resource":"arn:aws:lambda:us-east-1:123456789012:function:f","Arguments":{"n":"{% $states.input.n + 1 %}"},"Next":"Q"},
              "Q":{"Type":"Pass","OutputPath":"$.got","End":true}}}
            """, """{"value":1}""");
        Assert.Equal("""{"n":2}""", output);
    }

    /// <summary>A function <c>f</c> that echoes its payload as <c>{"got": payload}</c>; <c>"fail": true</c> throws Broken, <c>"failUntil": n</c> on the first n attempts.</summary>
    private static AslHarness Harness()
    {
        var attempts = 0;
        return new AslHarness().Function("f", payload =>
        {
            var attempt = attempts++;
            if (payload?["fail"]?.GetValue<bool>() == true)
                throw new StatesErrorException("Broken", "it broke");
            if (payload?["failUntil"] is { } until && attempt < until.GetValue<int>())
                throw new StatesErrorException("Broken", "not yet");
            return new JsonObject { ["got"] = payload?.DeepClone() };
        });
    }
}
