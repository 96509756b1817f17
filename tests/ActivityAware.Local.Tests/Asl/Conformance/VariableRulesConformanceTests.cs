using System.Text;
using ActivityAware.Local.Asl;
using ActivityAware.Local.Asl.Definition;

namespace ActivityAware.Local.Tests.Asl.Conformance;

/// <summary>
/// AWS Step Functions developer guide, "Passing data between states with variables" (JSONPath states): where Assign goes, what
/// <c>$</c> means in it, when assignments take effect, scope (inner scopes read outer variables, cannot assign them, names unique across
/// nested scopes), names and limits (256 KiB a variable and an Assign, 10 MiB an execution, names of at most 80 characters).
/// </summary>
public class VariableRulesConformanceTests
{
    [Theory]
    [InlineData("names are identifiers: not starting with a digit", """{"StartAt":"A","States":{"A":{"Type":"Pass","Assign":{"1x":1},"End":true}}}""", "'1x' is not a valid variable name")]
    [InlineData("names are identifiers: no '-'", """{"StartAt":"A","States":{"A":{"Type":"Pass","Assign":{"a-b.$":"$"},"End":true}}}""", "'a-b' is not a valid variable name")]
    [InlineData("names are not empty", """{"StartAt":"A","States":{"A":{"Type":"Pass","Assign":{"":1},"End":true}}}""", "'' is not a valid variable name")]
    [InlineData("$states is reserved", """{"StartAt":"A","States":{"A":{"Type":"Pass","Assign":{"states":1},"End":true}}}""", "'states' is a reserved variable name")]
    [InlineData("a JSONPath state cannot read $states", """{"StartAt":"A","States":{"A":{"Type":"Pass","Parameters":{"x.$":"$states.input"},"End":true}}}""", "$states belongs to the JSONata")]
    [InlineData("Assign is an object", """{"StartAt":"A","States":{"A":{"Type":"Pass","Assign":[1],"End":true}}}""", "field 'Assign': must be an object")]
    [InlineData("an Assign '.$' value is a path or an intrinsic function", """{"StartAt":"A","States":{"A":{"Type":"Pass","Assign":{"a.$":"nope"},"End":true}}}""", "field 'Assign'")]
    [InlineData("Succeed does not assign", """{"StartAt":"A","States":{"A":{"Type":"Succeed","Assign":{"a":1}}}}""", "field 'Assign': is not a field of a Succeed state")]
    [InlineData("Fail does not assign", """{"StartAt":"A","States":{"A":{"Type":"Fail","Assign":{"a":1}}}}""", "field 'Assign': is not a field of a Fail state")]
    [InlineData("only top-level Choice Rules assign", """{"StartAt":"C","States":{"C":{"Type":"Choice","Choices":[{"Not":{"Variable":"$.a","IsNull":true,"Assign":{"a":1}},"Next":"S"}]},"S":{"Type":"Succeed"}}}""", "Assign is only allowed on top-level choice rules")]
    [InlineData("a Choice Rule's Assign names its rule", """{"StartAt":"C","States":{"C":{"Type":"Choice","Choices":[{"Variable":"$.a","IsNull":true,"Assign":{"9":1},"Next":"S"}]},"S":{"Type":"Succeed"}}}""", "field 'Choices[0].Assign'")]
    [InlineData("a Catcher's Assign names its catcher", """{"StartAt":"T","States":{"T":{"Type":"Task","Resource":"r","Catch":[{"ErrorEquals":["States.ALL"],"Assign":{"a b":1},"Next":"S"}],"End":true},"S":{"Type":"Succeed"}}}""", "field 'Catch[0].Assign'")]
    [InlineData("ResultPath writes into the state's output, never a variable", """{"StartAt":"A","States":{"A":{"Type":"Pass","ResultPath":"$x","End":true}}}""", "field 'ResultPath'")]
    [InlineData("a Catcher's ResultPath cannot be a variable either", """{"StartAt":"T","States":{"T":{"Type":"Task","Resource":"r","Catch":[{"ErrorEquals":["States.ALL"],"ResultPath":"$x","Next":"S"}],"End":true},"S":{"Type":"Succeed"}}}""", "field 'Catch[0].ResultPath'")]
    public void InvalidAssignment_IsRejectedAtLoad(string rule, string definition, string expected)
    {
        var e = Assert.Throws<AslDefinitionException>(() => AslHarness.Load(definition));
        Assert.True(e.Message.Contains(expected, StringComparison.Ordinal), $"{rule}: {e.Message}");
    }

    [Fact]
    public void VariableName_OfEightyCharacters_IsAcceptedAndOfEightyOneRejected()
    {
        static string Machine(string name) => """{"StartAt":"A","States":{"A":{"Type":"Pass","Assign":{"NAME":1},"End":true}}}""".Replace("NAME", name, StringComparison.Ordinal);
        AslHarness.Load(Machine(new string('v', 80)));
        var e = Assert.Throws<AslDefinitionException>(() => AslHarness.Load(Machine(new string('v', 81))));
        Assert.Contains("longer than 80 characters", e.Message);
    }

    [Fact]
    public async Task VariableName_CountsUnicodeCharacters_LettersOutsideTheBmpIncluded()
    {
        // U+1D49C MATHEMATICAL SCRIPT CAPITAL A is a letter of two UTF-16 units: 80 of them are 80 characters.
        var name = string.Concat(Enumerable.Repeat("\U0001D49C", 80));
        var output = await new AslHarness().Output("""
            {"StartAt":"A","States":{"A":{"Type":"Pass","Assign":{"NAME":1},"Next":"B"},"B":{"Type":"Pass","OutputPath":"$NAME","End":true}}}
            """.Replace("NAME", name, StringComparison.Ordinal));
        Assert.Equal("1", output);
    }

    [Theory]
    [InlineData("Parameters", """{"StartAt":"P","States":{"P":{"Type":"Pass","Assign":{"a":1},"Parameters":{"x.$":"$nope"},"End":true}}}""")]
    [InlineData("InputPath", """{"StartAt":"P","States":{"P":{"Type":"Pass","InputPath":"$nope","End":true}}}""")]
    [InlineData("a Choice rule's Variable", """{"StartAt":"C","States":{"C":{"Type":"Choice","Choices":[{"Variable":"$nope","IsNull":true,"Next":"S"}],"Default":"S"},"S":{"Type":"Succeed"}}}""")]
    [InlineData("an intrinsic function argument", """{"StartAt":"P","States":{"P":{"Type":"Pass","Parameters":{"x.$":"States.Format('{}', $nope)"},"End":true}}}""")]
    [InlineData("an Assign value", """{"StartAt":"P","States":{"P":{"Type":"Pass","Assign":{"a.$":"$nope.field"},"End":true}}}""")]
    public async Task UndefinedVariable_FailsWithRuntime(string where, string definition)
    {
        var (error, cause) = await new AslHarness().Failure(definition);
        Assert.True(error == "States.Runtime" && cause!.Contains("'nope' is not defined", StringComparison.Ordinal), $"{where}: {error}: {cause}");
    }

    [Fact]
    public async Task OwnAssignments_AreNotSeenByTheStateThatMakesThem()
    {
        // "All Assign expressions are evaluated with the variable values as they were when the state was entered."
        var output = await new AslHarness().Output("""
            {"StartAt":"A","States":{
              "A":{"Type":"Pass","Assign":{"a":0},"Next":"B"},
              "B":{"Type":"Pass","Assign":{"a":1,"b.$":"$a"},"Parameters":{"p.$":"$a"},"Next":"C"},
              "C":{"Type":"Pass","Parameters":{"a.$":"$a","b.$":"$b","p.$":"$.p"},"End":true}}}
            """);
        Assert.Equal("""{"a":1,"b":0,"p":0}""", output);
    }

    [Fact]
    public async Task TaskAssign_ReadsTheResultAfterResultSelector_AndContext()
    {
        var harness = new AslHarness().Function("f", _ => new System.Text.Json.Nodes.JsonObject { ["v"] = 7, ["w"] = 8 });
        var output = await harness.Output("""
            {"StartAt":"T","States":{
              "T":{"Type":"Task","Resource":"arn:aws:lambda:us-east-1:123456789012:function:f","ResultSelector":{"sel.$":"$.v"},"ResultPath":"$.r",
                "Assign":{"fromResult.$":"$.sel","state.$":"$$.State.Name"},"Next":"R"},
              "R":{"Type":"Pass","Parameters":{"fromResult.$":"$fromResult","state.$":"$state"},"End":true}}}
            """);
        Assert.Equal("""{"fromResult":7,"state":"T"}""", output);
    }

    [Fact]
    public async Task CatchAssign_ReadsTheErrorOutput_AndReplacesTheStateAssign()
    {
        var harness = new AslHarness().Function("f", _ => throw new InvalidOperationException("boom"));
        var output = await harness.Output("""
            {"StartAt":"T","States":{
              "T":{"Type":"Task","Resource":"arn:aws:lambda:us-east-1:123456789012:function:f","Assign":{"result":"SUCCESS"},"Next":"R",
                "Catch":[{"ErrorEquals":["States.ALL"],"Assign":{"result.$":"$.Error","where.$":"$$.State.Name"},"ResultPath":null,"Next":"R"}]},
              "R":{"Type":"Pass","Parameters":{"result.$":"$result","where.$":"$where"},"End":true}}}
            """);
        Assert.Equal("""{"result":"InvalidOperationException","where":"T"}""", output);
    }

    [Fact]
    public async Task MatchingChoiceRule_AssignsItsOwn_NotTheStateAssign()
    {
        var output = await new AslHarness().Output("""
            {"StartAt":"C","States":{
              "C":{"Type":"Choice","Choices":[{"Variable":"$.n","NumericEquals":42,"Assign":{"status":"CORRECT","seen.$":"$.n"},"Next":"R"}],
                "Assign":{"status":"INCORRECT"},"Default":"R"},
              "R":{"Type":"Pass","Parameters":{"status.$":"$status","seen.$":"$seen"},"End":true}}}
            """, """{"n":42}""");
        Assert.Equal("""{"status":"CORRECT","seen":42}""", output);
    }

    [Fact]
    public async Task WaitAssign_ReadsTheEffectiveInput()
    {
        var output = await new AslHarness().Output("""
            {"StartAt":"W","States":{
              "W":{"Type":"Wait","Seconds":1,"InputPath":"$.inner","Assign":{"got.$":"$.v"},"Next":"R"},
              "R":{"Type":"Pass","Parameters":{"got.$":"$got"},"End":true}}}
            """, """{"inner":{"v":"x"}}""");
        Assert.Equal("""{"got":"x"}""", output);
    }

    [Fact]
    public async Task MapAndParallelAssign_ReadTheirResultAfterResultSelector()
    {
        var output = await new AslHarness().Output("""
            {"StartAt":"M","States":{
              "M":{"Type":"Map","ItemsPath":"$.items","ItemProcessor":{"StartAt":"I","States":{"I":{"Type":"Pass","End":true}}},
                "ResultSelector":{"count.$":"States.ArrayLength($)"},"Assign":{"mapCount.$":"$.count"},"Next":"P"},
              "P":{"Type":"Parallel","Branches":[{"StartAt":"B","States":{"B":{"Type":"Pass","Result":"b","End":true}}}],
                "Assign":{"branches.$":"$"},"Next":"R"},
              "R":{"Type":"Pass","Parameters":{"mapCount.$":"$mapCount","branches.$":"$branches"},"End":true}}}
            """, """{"items":[1,2,3]}""");
        Assert.Equal("""{"mapCount":3,"branches":["b"]}""", output);
    }

    [Fact]
    public async Task InnerAssignments_DoNotLeakOutOfAMap()
    {
        var (error, cause) = await new AslHarness().Failure("""
            {"StartAt":"M","States":{
              "M":{"Type":"Map","ItemsPath":"$.items","ItemProcessor":{"StartAt":"I","States":{"I":{"Type":"Pass","Assign":{"inner.$":"$"},"End":true}}},"Next":"R"},
              "R":{"Type":"Pass","Parameters":{"inner.$":"$inner"},"End":true}}}
            """, """{"items":[1,2]}""");
        Assert.Equal("States.Runtime", error);
        Assert.Contains("'inner' is not defined", cause);
    }

    [Fact]
    public async Task EachIteration_KeepsItsOwnAssignments()
    {
        var output = await new AslHarness().Output("""
            {"StartAt":"A","States":{
              "A":{"Type":"Pass","Assign":{"x":"outer"},"Next":"M"},
              "M":{"Type":"Map","ItemsPath":"$.items","ItemProcessor":{"StartAt":"I","States":{
                "I":{"Type":"Pass","Assign":{"mine.$":"$","outerX.$":"$x"},"Next":"J"},
                "J":{"Type":"Pass","Parameters":{"mine.$":"$mine","outerX.$":"$outerX"},"End":true}}},"ResultPath":"$.m","Next":"R"},
              "R":{"Type":"Pass","Parameters":{"m.$":"$.m","x.$":"$x"},"End":true}}}
            """, """{"items":[1,2,3]}""");
        Assert.Equal("""{"m":[{"mine":1,"outerX":"outer"},{"mine":2,"outerX":"outer"},{"mine":3,"outerX":"outer"}],"x":"outer"}""", output);
    }

    [Theory]
    [InlineData("an iteration cannot assign a variable of the scope around it",
        """{"StartAt":"A","States":{"A":{"Type":"Pass","Assign":{"x":1},"Next":"M"},"M":{"Type":"Map","ItemProcessor":{"StartAt":"I","States":{"I":{"Type":"Pass","Assign":{"x":2},"End":true}}},"End":true}}}""")]
    [InlineData("names are unique across nested scopes, whichever state of the outer scope assigns it",
        """{"StartAt":"P","States":{"P":{"Type":"Parallel","Branches":[{"StartAt":"B","States":{"B":{"Type":"Pass","Assign":{"done":true},"End":true}}}],"Next":"Z"},"Z":{"Type":"Pass","Assign":{"done":false},"End":true}}}""")]
    [InlineData("a Map state's Catch assigns in the outer scope, so its iterations cannot assign that name",
        """{"StartAt":"M","States":{"M":{"Type":"Map","Catch":[{"ErrorEquals":["States.ALL"],"Assign":{"err.$":"$"},"Next":"Z"}],"ItemProcessor":{"StartAt":"I","States":{"I":{"Type":"Pass","Assign":{"err":1},"End":true}}},"End":true},"Z":{"Type":"Succeed"}}}""")]
    [InlineData("scopes nest: a Map inside a Map cannot assign the outermost scope's names",
        """{"StartAt":"A","States":{"A":{"Type":"Pass","Assign":{"x":1},"Next":"M"},"M":{"Type":"Map","ItemProcessor":{"StartAt":"N","States":{"N":{"Type":"Map","ItemProcessor":{"StartAt":"I","States":{"I":{"Type":"Pass","Assign":{"x":2},"End":true}}},"End":true}}},"End":true}}}""")]
    public void InnerScope_AssigningAnOuterName_IsRejectedAtLoad(string rule, string definition)
    {
        var e = Assert.Throws<AslDefinitionException>(() => AslHarness.Load(definition));
        Assert.True(e.Message.Contains("is assigned in an enclosing scope", StringComparison.Ordinal), $"{rule}: {e.Message}");
    }

    [Fact]
    public async Task SiblingScopes_MayUseTheSameName()
    {
        var output = await new AslHarness().Output("""
            {"StartAt":"P","States":{"P":{"Type":"Parallel","End":true,"Branches":[
              {"StartAt":"A","States":{"A":{"Type":"Pass","Assign":{"v":"a"},"Next":"A2"},"A2":{"Type":"Pass","OutputPath":"$v","End":true}}},
              {"StartAt":"B","States":{"B":{"Type":"Pass","Assign":{"v":"b"},"Next":"B2"},"B2":{"Type":"Pass","OutputPath":"$v","End":true}}}]}}}
            """);
        Assert.Equal("""["a","b"]""", output);
    }

    [Fact]
    public async Task BranchAssignments_DoNotLeakOutOfAParallel()
    {
        var (error, cause) = await new AslHarness().Failure("""
            {"StartAt":"P","States":{
              "P":{"Type":"Parallel","Next":"R","Branches":[{"StartAt":"A","States":{"A":{"Type":"Pass","Assign":{"fromA":1},"End":true}}}]},
              "R":{"Type":"Pass","Parameters":{"a.$":"$fromA"},"End":true}}}
            """);
        Assert.Equal("States.Runtime", error);
        Assert.Contains("'fromA' is not defined", cause);
    }

    [Fact]
    public async Task MachineWithoutAssign_HasNoVariables()
    {
        var (error, cause) = await new AslHarness().Failure(AslHarness.PassMachine("\"OutputPath\":\"$x\""));
        Assert.Equal("States.Runtime", error);
        Assert.Contains("'x' is not defined", cause);
    }

    [Fact]
    public async Task OneValueOverTheLimit_FailsWithDataLimitExceeded()
    {
        var big = new string('a', 262_144);
        var (error, cause) = await new AslHarness().Failure(AslHarness.PassMachine("""
            "Assign":{"big.$":"States.Format('{}{}', $.s, $.s)"}
            """), $$"""{"s":"{{big[..131_072]}}"}""");
        Assert.Equal("States.DataLimitExceeded", error);
        Assert.Contains("'big'", cause);
    }

    [Fact]
    public async Task OneAssignOverTheLimit_FailsWithDataLimitExceeded()
    {
        var part = new string('a', 140_000);
        var (error, cause) = await new AslHarness().Failure(AslHarness.PassMachine("""
            "Assign":{"a.$":"$.s","b.$":"$.s"}
            """), $$"""{"s":"{{part}}"}""");
        Assert.Equal("States.DataLimitExceeded", error);
        Assert.Contains("for one Assign", cause);
    }

    [Fact]
    public async Task VariablesOverTheExecutionLimit_FailWithDataLimitExceeded()
    {
        // 42 variables of 250,002 bytes each pass the 10 MiB an execution may hold; 41 do not.
        var states = new StringBuilder();
        for (var i = 0; i < 42; i++)
            states.Append(i == 0 ? "" : ",").Append($"\"S{i}\":{{\"Type\":\"Pass\",\"Assign\":{{\"v{i}.$\":\"$.s\"}},")
                .Append(i == 41 ? "\"End\":true}" : $"\"Next\":\"S{i + 1}\"}}");
        var result = await new AslHarness().Run("{\"StartAt\":\"S0\",\"States\":{" + states + "}}", $$"""{"s":"{{new string('a', 250_000)}}"}""");
        Assert.Equal("States.DataLimitExceeded", result.Error);
        Assert.Equal("S41", result.StatesEntered[^1].Name);
    }

    [Fact]
    public async Task Trace_ShowsEachAssignedValueAsItsJson()
    {
        var result = await new AslHarness().Run(AslHarness.PassMachine("""
            "Assign":{"s":"text","n":1,"o.$":"$"}
            """), """{"k":[true]}""");
        var exited = result.Events.Single(e => e.Type == "PassStateExited");
        Assert.Equal("""{"s":"\"text\"","n":"1","o":"{\"k\":[true]}"}""", AslJson.Serialize(exited.ToJson()["assignedVariables"]));
        Assert.DoesNotContain("assignedVariables", AslJson.Serialize(result.Events.Single(e => e.Type == "PassStateEntered").ToJson()));
    }
}
