using ActivityAware.Local.Asl.Definition;

namespace ActivityAware.Local.Tests.Asl.Conformance;

/// <summary>States Language spec, "Structure of a State Machine", "States" and "Transitions": what a loader must reject.</summary>
public class DefinitionConformanceTests
{
    [Theory]
    [InlineData("a State Machine MUST have States", """{"StartAt":"A"}""")]
    [InlineData("a State Machine MUST have StartAt", """{"States":{"A":{"Type":"Succeed"}}}""")]
    [InlineData("StartAt MUST name a state", """{"StartAt":"B","States":{"A":{"Type":"Succeed"}}}""")]
    [InlineData("an unknown top-level field is rejected", """{"StartAt":"A","Foo":1,"States":{"A":{"Type":"Succeed"}}}""")]
    [InlineData("Comment MUST be a string", """{"StartAt":"A","Comment":5,"States":{"A":{"Type":"Succeed"}}}""")]
    [InlineData("Version describes 1.0", """{"StartAt":"A","Version":"2.0","States":{"A":{"Type":"Succeed"}}}""")]
    [InlineData("TimeoutSeconds MUST be a positive integer", """{"StartAt":"A","TimeoutSeconds":0,"States":{"A":{"Type":"Succeed"}}}""")]
    [InlineData("QueryLanguage is JSONPath or JSONata", """{"StartAt":"A","QueryLanguage":"JSONATA","States":{"A":{"Type":"Succeed"}}}""")]
    [InlineData("a state's QueryLanguage is JSONPath or JSONata", """{"StartAt":"A","States":{"A":{"Type":"Succeed","QueryLanguage":5}}}""")]
    [InlineData("all states MUST have Type", """{"StartAt":"A","States":{"A":{"End":true}}}""")]
    [InlineData("an unknown Type is rejected", """{"StartAt":"A","States":{"A":{"Type":"Sleep","End":true}}}""")]
    [InlineData("an unknown state field is rejected", """{"StartAt":"A","States":{"A":{"Type":"Pass","Foo":1,"End":true}}}""")]
    [InlineData("a branch's Comment MUST be a string", """{"StartAt":"P","States":{"P":{"Type":"Parallel","Branches":[{"Comment":1,"StartAt":"A","States":{"A":{"Type":"Succeed"}}}],"End":true}}}""")]
    [InlineData("a Retrier's Comment MUST be a string", """{"StartAt":"P","States":{"P":{"Type":"Parallel","Retry":[{"ErrorEquals":["E"],"Comment":[]}],"Branches":[{"StartAt":"A","States":{"A":{"Type":"Succeed"}}}],"End":true}}}""")]
    [InlineData("a Catcher's Comment MUST be a string", """{"StartAt":"P","States":{"P":{"Type":"Parallel","Catch":[{"ErrorEquals":["E"],"Next":"P","Comment":true}],"Branches":[{"StartAt":"A","States":{"A":{"Type":"Succeed"}}}],"End":true}}}""")]
    [InlineData("a Choice Rule's Comment MUST be a string", """{"StartAt":"C","States":{"C":{"Type":"Choice","Choices":[{"Variable":"$.a","IsNull":true,"Comment":5,"Next":"S"}]},"S":{"Type":"Succeed"}}}""")]
    [InlineData("a state's Comment MUST be a string", """{"StartAt":"A","States":{"A":{"Type":"Pass","Comment":{},"End":true}}}""")]
    [InlineData("a field of another state type is rejected (ResultSelector on Pass)", """{"StartAt":"A","States":{"A":{"Type":"Pass","ResultSelector":{},"End":true}}}""")]
    [InlineData("a field of another state type is rejected (Retry on Pass)", """{"StartAt":"A","States":{"A":{"Type":"Pass","Retry":[],"End":true}}}""")]
    [InlineData("a non-terminal state MUST have Next", """{"StartAt":"A","States":{"A":{"Type":"Pass"}}}""")]
    [InlineData("Next and End are exclusive", """{"StartAt":"A","States":{"A":{"Type":"Pass","Next":"B","End":true},"B":{"Type":"Succeed"}}}""")]
    [InlineData("End MUST be a boolean", """{"StartAt":"A","States":{"A":{"Type":"Pass","End":"true"}}}""")]
    [InlineData("Next MUST match a state name exactly and case-sensitively", """{"StartAt":"A","States":{"A":{"Type":"Pass","Next":"b"},"B":{"Type":"Succeed"}}}""")]
    [InlineData("every state must be reachable", """{"StartAt":"A","States":{"A":{"Type":"Succeed"},"B":{"Type":"Succeed"}}}""")]
    [InlineData("a state name is at most 80 characters", """{"StartAt":"A","States":{"A":{"Type":"Pass","Next":"NNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNN"},"NNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNN":{"Type":"Succeed"}}}""")]
    [InlineData("a state name is not empty", """{"StartAt":"","States":{"":{"Type":"Succeed"}}}""")]
    [InlineData("Task Resource is required", """{"StartAt":"A","States":{"A":{"Type":"Task","End":true}}}""")]
    [InlineData("Task Credentials are not run locally and say so", """{"StartAt":"A","States":{"A":{"Type":"Task","Resource":"arn:aws:lambda:us-east-1:123456789012:function:f","Credentials":{},"End":true}}}""")]
    [InlineData("state names MUST be unique: a name given twice in States is not the last one winning", """{"StartAt":"A","States":{"A":{"Type":"Pass","Next":"A"},"A":{"Type":"Succeed"}}}""")]
    [InlineData("a state's field given twice is rejected", """{"StartAt":"A","States":{"A":{"Type":"Pass","Result":1,"Result":2,"End":true}}}""")]
    [InlineData("a top-level field given twice is rejected", """{"StartAt":"A","StartAt":"A","States":{"A":{"Type":"Succeed"}}}""")]
    [InlineData("a Payload Template field given twice is rejected", """{"StartAt":"A","States":{"A":{"Type":"Pass","Parameters":{"a":1,"a":2},"End":true}}}""")]
    [InlineData("a Pass state has no Resource", """{"StartAt":"A","States":{"A":{"Type":"Pass","Resource":"x","End":true}}}""")]
    [InlineData("a Wait state has no Parameters", """{"StartAt":"A","States":{"A":{"Type":"Wait","Seconds":1,"Parameters":{},"End":true}}}""")]
    [InlineData("a Wait state has no Catch", """{"StartAt":"A","States":{"A":{"Type":"Wait","Seconds":1,"Catch":[],"End":true}}}""")]
    [InlineData("a Task state has no Result", """{"StartAt":"A","States":{"A":{"Type":"Task","Resource":"arn:aws:lambda:us-east-1:123456789012:function:f","Result":1,"End":true}}}""")]
    [InlineData("a Fail state has no ResultPath", """{"StartAt":"A","States":{"A":{"Type":"Fail","ResultPath":"$.x"}}}""")]
    [InlineData("a Succeed state has no End", """{"StartAt":"A","States":{"A":{"Type":"Succeed","End":true}}}""")]
    [InlineData("a Parallel state has no Result", """{"StartAt":"P","States":{"P":{"Type":"Parallel","Result":1,"Branches":[{"StartAt":"A","States":{"A":{"Type":"Succeed"}}}],"End":true}}}""")]
    [InlineData("a Map state has no Branches", """{"StartAt":"M","States":{"M":{"Type":"Map","Branches":[],"ItemProcessor":{"StartAt":"A","States":{"A":{"Type":"Succeed"}}},"End":true}}}""")]
    [InlineData("a Map state MUST have ItemProcessor (or Iterator)", """{"StartAt":"M","States":{"M":{"Type":"Map","End":true}}}""")]
    [InlineData("a Map state MUST NOT have both ItemProcessor and Iterator", """{"StartAt":"M","States":{"M":{"Type":"Map","Iterator":{"StartAt":"A","States":{"A":{"Type":"Succeed"}}},"ItemProcessor":{"StartAt":"B","States":{"B":{"Type":"Succeed"}}},"End":true}}}""")]
    [InlineData("every state in a Map's ItemProcessor must be reachable", """{"StartAt":"M","States":{"M":{"Type":"Map","ItemProcessor":{"StartAt":"A","States":{"A":{"Type":"Succeed"},"B":{"Type":"Succeed"}}},"End":true}}}""")]
    [InlineData("every state in a Parallel branch must be reachable", """{"StartAt":"P","States":{"P":{"Type":"Parallel","Branches":[{"StartAt":"A","States":{"A":{"Type":"Succeed"},"B":{"Type":"Succeed"}}}],"End":true}}}""")]
    [InlineData("ResultPath MUST NOT be the context object", """{"StartAt":"A","States":{"A":{"Type":"Pass","ResultPath":"$$","End":true}}}""")]
    [InlineData("ResultPath MUST be a Reference Path, not an intrinsic function", """{"StartAt":"A","States":{"A":{"Type":"Pass","ResultPath":"States.Array(1)","End":true}}}""")]
    [InlineData("InputPath MUST be a Path, not an intrinsic function", """{"StartAt":"A","States":{"A":{"Type":"Pass","InputPath":"States.Array(1)","End":true}}}""")]
    [InlineData("Parameters MUST be a JSON object", """{"StartAt":"A","States":{"A":{"Type":"Pass","Parameters":"x","End":true}}}""")]
    [InlineData("ResultSelector MUST be a JSON object", """{"StartAt":"A","States":{"A":{"Type":"Task","Resource":"arn:aws:lambda:us-east-1:123456789012:function:f","ResultSelector":[],"End":true}}}""")]
    [InlineData("Wait Seconds MUST be a number", """{"StartAt":"A","States":{"A":{"Type":"Wait","Seconds":"1","End":true}}}""")]
    [InlineData("Wait Timestamp MUST be an RFC 3339 date-time", """{"StartAt":"A","States":{"A":{"Type":"Wait","Timestamp":"2016-03-14","End":true}}}""")]
    [InlineData("MaxAttempts MUST be an integer", """{"StartAt":"P","States":{"P":{"Type":"Parallel","Branches":[{"StartAt":"B","States":{"B":{"Type":"Succeed"}}}],"Retry":[{"ErrorEquals":["E"],"MaxAttempts":1.5}],"End":true}}}""")]
    [InlineData("IntervalSeconds MUST be an integer", """{"StartAt":"P","States":{"P":{"Type":"Parallel","Branches":[{"StartAt":"B","States":{"B":{"Type":"Succeed"}}}],"Retry":[{"ErrorEquals":["E"],"IntervalSeconds":1.5}],"End":true}}}""")]
    [InlineData("ErrorEquals MUST hold strings", """{"StartAt":"P","States":{"P":{"Type":"Parallel","Branches":[{"StartAt":"B","States":{"B":{"Type":"Succeed"}}}],"Catch":[{"ErrorEquals":[1],"Next":"P"}],"End":true}}}""")]
    [InlineData("States.ALL MUST be in the last Retrier only", """{"StartAt":"P","States":{"P":{"Type":"Parallel","Branches":[{"StartAt":"B","States":{"B":{"Type":"Succeed"}}}],"Retry":[{"ErrorEquals":["States.ALL"]},{"ErrorEquals":["States.ALL"]}],"End":true}}}""")]
    [InlineData("ToleratedFailurePercentagePath MUST be a Reference Path", """{"StartAt":"M","States":{"M":{"Type":"Map","ToleratedFailurePercentagePath":"$.a[*]","ItemProcessor":{"StartAt":"A","States":{"A":{"Type":"Succeed"}}},"End":true}}}""")]
    [InlineData("MaxConcurrency MUST be an integer", """{"StartAt":"M","States":{"M":{"Type":"Map","MaxConcurrency":1.5,"ItemProcessor":{"StartAt":"A","States":{"A":{"Type":"Succeed"}}},"End":true}}}""")]
    [InlineData("the definition MUST be JSON", """{"StartAt":""")]
    public void InvalidDefinition_IsRejectedAtLoad(string rule, string definition)
    {
        var e = Assert.Throws<AslDefinitionException>(() => AslHarness.Load(definition));
        Assert.False(string.IsNullOrEmpty(e.Message), rule);
    }

    [Theory]
    [InlineData("a state name of 80 Unicode characters is allowed, even outside the BMP")]
    public void EightyUnicodeCharacterName_IsAccepted(string rule)
    {
        var name = string.Concat(Enumerable.Repeat("\U0001F600", 80));
        var definition = $$$$"""{"StartAt":"{{{{name}}}}","States":{"{{{{name}}}}":{"Type":"Succeed"}}}""";
        var loaded = AslHarness.Load(definition);
        Assert.True(loaded.Graph.StartAt == name, rule);
    }

    [Fact]
    public async Task NoInput_IsTheEmptyObject()
    {
        var result = await new AslHarness().Interpreter("""{"StartAt":"A","States":{"A":{"Type":"Succeed"}}}""").ExecuteAsync(null);
        Assert.Equal("{}", ActivityAware.Local.Asl.AslJson.Serialize(result.Output));
    }

    [Fact]
    public async Task MachineTimeoutSeconds_FailsTheExecutionWithStatesTimeout()
    {
        var harness = new AslHarness();
        harness.CustomWaiter = new ActivityAware.Local.Asl.Execution.TimeProviderWaiter(harness.Time);
        var run = harness.Run("""{"StartAt":"W","TimeoutSeconds":5,"States":{"W":{"Type":"Wait","Seconds":60,"End":true}}}""");
        while (!run.IsCompleted)
        {
            harness.Time.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(5);
        }
        var result = await run;
        Assert.Equal("States.Timeout", result.Error);
    }
}
