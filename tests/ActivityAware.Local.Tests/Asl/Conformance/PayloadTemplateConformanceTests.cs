using ActivityAware.Local.Asl.Definition;

namespace ActivityAware.Local.Tests.Asl.Conformance;

/// <summary>States Language spec, "Payload Template" (Parameters, ResultSelector, ItemSelector).</summary>
public class PayloadTemplateConformanceTests
{
    [Fact]
    public async Task SpecExample_PathsSliceAndIntrinsic_BuildThePayload()
    {
        // Spec example: "first.$": "$.vals[0]", "last3.$": "$.vals[-3:]", "weekday.$", "formattedOutput.$": States.Format.
        var output = await new AslHarness().Output(AslHarness.PassMachine("""
            "Parameters":{"flagged":true,"parts":{"first.$":"$.vals[0]","last3.$":"$.vals[-3:]"},"weekday.$":"$.DayOfWeek",
              "formattedOutput.$":"States.Format('Today is {}', $.DayOfWeek)"}
            """), """{"flagged":7,"vals":[0,10,20,30,40,50],"DayOfWeek":"TUESDAY"}""");
        Assert.Equal("""{"flagged":true,"parts":{"first":0,"last3":[30,40,50]},"weekday":"TUESDAY","formattedOutput":"Today is TUESDAY"}""", output);
    }

    [Theory]
    [InlineData("a path that cannot be applied fails the execution (spec: States.ParameterPathFailure; AWS: States.Runtime) (Pass Parameters)",
        """{"StartAt":"P","States":{"P":{"Type":"Pass","Parameters":{"x.$":"$.missing"},"End":true}}}""")]
    [InlineData("a path that cannot be applied fails the execution (spec: States.ParameterPathFailure; AWS: States.Runtime) (nested field)",
        """{"StartAt":"P","States":{"P":{"Type":"Pass","Parameters":{"a":{"b":[{"x.$":"$.missing"}]}},"End":true}}}""")]
    [InlineData("a path that cannot be applied fails the execution (spec: States.ParameterPathFailure; AWS: States.Runtime) (Task ResultSelector)",
        """{"StartAt":"T","States":{"T":{"Type":"Task","Resource":"arn:aws:lambda:us-east-1:123456789012:function:f","ResultSelector":{"x.$":"$.missing"},"End":true}}}""")]
    [InlineData("a path that cannot be applied fails the execution (spec: States.ParameterPathFailure; AWS: States.Runtime) (Map ItemSelector)",
        """{"StartAt":"M","States":{"M":{"Type":"Map","ItemsPath":"$.items","ItemSelector":{"x.$":"$.missing"},"ItemProcessor":{"StartAt":"I","States":{"I":{"Type":"Pass","End":true}}},"End":true}}}""")]
    [InlineData("a context path that cannot be applied fails the execution (spec: States.ParameterPathFailure; AWS: States.Runtime)",
        """{"StartAt":"P","States":{"P":{"Type":"Pass","Parameters":{"x.$":"$$.Nope.Nothing"},"End":true}}}""")]
    public async Task PathThatCannotBeApplied_FailsWithRuntimeAsAwsDoes(string rule, string definition)
    {
        var harness = new AslHarness().Function("f", _ => new System.Text.Json.Nodes.JsonObject());
        var (error, _) = await harness.Failure(definition, """{"items":[1]}""");
        Assert.True(error == "States.Runtime", rule);
    }

    [Fact]
    public async Task PathThatCannotBeApplied_StatesAllDoesNotCatchIt()
    {
        // AWS: "A retry or catch on States.ALL won't catch States.Runtime errors"; the execution fails.
        var (error, cause) = await new AslHarness().Failure("""
            {"StartAt":"Par","States":{"Par":{"Type":"Parallel","Branches":[{"StartAt":"P","States":{"P":{"Type":"Pass","Parameters":{"x.$":"$.missing"},"End":true}}}],
              "Catch":[{"ErrorEquals":["States.ALL"],"ResultPath":"$.err","Next":"Done"}],"End":true},
              "Done":{"Type":"Pass","End":true}}}
            """);
        Assert.Equal("States.Runtime", error);
        Assert.Contains("'$.missing'", cause);
    }

    [Fact]
    public async Task IntrinsicThatFails_FailsWithIntrinsicFailure()
    {
        var (error, _) = await new AslHarness().Failure(AslHarness.PassMachine("""
            "Parameters":{"x.$":"States.ArrayGetItem($.a, 5)"}
            """), """{"a":[1]}""");
        Assert.Equal("States.IntrinsicFailure", error);
    }

    [Theory]
    [InlineData("a JSON object MUST NOT have duplicate field names after '.$' is stripped", """{"a":1,"a.$":"$.x"}""")]
    [InlineData("the duplicate rule applies however deeply nested", """{"outer":{"k.$":"$.x","k":2}}""")]
    [InlineData("the duplicate rule applies inside arrays", """{"list":[{"k.$":"$.x","k":0}]}""")]
    [InlineData("a '.$' value that does not begin with '$' MUST be an intrinsic function", """{"a.$":"not a path"}""")]
    [InlineData("a '.$' value MUST be a string", """{"a.$":5}""")]
    [InlineData("a '.$' value naming an unknown intrinsic function is invalid", """{"a.$":"States.Nope(1)"}""")]
    [InlineData("a Payload Template MUST be a JSON object", """[1]""")]
    public void InvalidTemplate_IsRejectedAtLoad(string rule, string template)
    {
        var e = Assert.Throws<AslDefinitionException>(() => AslHarness.Load(AslHarness.PassMachine($"\"Parameters\":{template}")));
        Assert.True(e.Message.Contains("Parameters", StringComparison.Ordinal), rule + ": " + e.Message);
    }

    [Fact]
    public async Task ContextPath_ReadsTheContextObject()
    {
        var output = await new AslHarness().Output(AslHarness.PassMachine("""
            "Parameters":{"state.$":"$$.State.Name","exec.$":"$$.Execution.Name","input.$":"$$.Execution.Input.v"}
            """), """{"v":1}""");
        Assert.Equal("""{"state":"P","exec":"exec-1","input":1}""", output);
    }
}
