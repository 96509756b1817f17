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
