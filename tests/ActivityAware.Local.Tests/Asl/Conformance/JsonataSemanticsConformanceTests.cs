using System.Text.Json.Nodes;
using ActivityAware.Local.Asl;

namespace ActivityAware.Local.Tests.Asl.Conformance;

/// <summary>
/// What a JSONata state passes on where the recordings leave it open: a matched Choice rule without its own Output, the key order of
/// objects that went through JSONata, and the order Assign and Output read the variables in.
/// </summary>
public class JsonataSemanticsConformanceTests
{
    /// <summary>
    /// A matched rule's own Output and Assign apply, never the state's; the state's apply only when Default is taken (outputdecl and assign
    /// CHOICE_CONDITION_JSONATA recordings; LocalStack's Choice, which passes them, evaluates the state's Output and Assign on Default only).
    /// A matched rule without Output passes the state's input on.
    /// </summary>
    [Theory]
    [InlineData("""{"n":1}""", "A", """{"n":1}""", """{"rule":"a"}""")]
    [InlineData("""{"n":2}""", "B", "\"rule b\"", "{}")]
    [InlineData("""{"n":3}""", "D", "\"state\"", """{"state":3}""")]
    public async Task Choice_MatchedRuleWithoutOutput_PassesTheInput_AndTheStatesOutputIsForDefaultOnly(string input, string next, string expectedOutput, string expectedAssigned)
    {
        const string Definition = """
            {"QueryLanguage":"JSONata","StartAt":"C","States":{
              "C":{"Type":"Choice","Choices":[
                  {"Condition":"{% $states.input.n = 1 %}","Next":"A","Assign":{"rule":"a"}},
                  {"Condition":"{% $states.input.n = 2 %}","Next":"B","Output":"rule b"}],
                "Default":"D","Output":"state","Assign":{"state":"{% $states.input.n %}"}},
              "A":{"Type":"Succeed"},"B":{"Type":"Succeed"},"D":{"Type":"Succeed"}}}
            """;
        var result = await new AslHarness().Run(Definition, input);
        Assert.Equal(["C", next], result.StateNames);
        var exited = result.Events.Single(e => e.Type == "ChoiceStateExited");
        Assert.Equal(expectedOutput, AslJson.Serialize(exited.Output));
        Assert.Equal(expectedAssigned, AslJson.Serialize(exited.AssignedVariables ?? new JsonObject()));
    }

    [Fact]
    public async Task JsonataResult_InTheStateOutput_HasArrayIndexKeysFirst_AsJavaScriptWritesIt()
    {
        var output = await new AslHarness().Output("""
            {"QueryLanguage":"JSONata","StartAt":"P","States":{"P":{"Type":"Pass","Output":{"whole":"{% $states.input %}","built":"{% {'z': 1, '7': 2, '3': 3} %}"},"End":true}}}
            """, """{"b":1,"10":2,"2":3}""");
        Assert.Equal("""{"whole":{"2":3,"10":2,"b":1},"built":{"3":3,"7":2,"z":1}}""", output);
    }

    /// <summary>JSONPath states pass JSON on as received: no JavaScript object in between, so the input's key order stays.</summary>
    [Fact]
    public async Task JsonPathState_KeepsTheKeyOrderItReceived()
    {
        var output = await new AslHarness().Output("""
            {"StartAt":"P","States":{"P":{"Type":"Pass","Parameters":{"whole.$":"$"},"End":true}}}
            """, """{"b":1,"10":2,"2":3}""");
        Assert.Equal("""{"whole":{"b":1,"10":2,"2":3}}""", output);
    }

    /// <summary>
    /// All of a state's Assign expressions, and its Output, read the variables as they were before the state (developer guide, "Passing data
    /// between states with variables": assignments in one Assign do not see each other; Output does not see the state's Assign).
    /// </summary>
    [Fact]
    public async Task Assign_AndOutput_ReadTheVariablesFromBeforeTheState()
    {
        var result = await new AslHarness().Run("""
            {"QueryLanguage":"JSONata","StartAt":"Init","States":{
              "Init":{"Type":"Pass","Assign":{"x":1,"y":10},"Next":"P"},
              "P":{"Type":"Pass","Assign":{"x":"{% $y %}","y":"{% $x %}"},"Output":{"x":"{% $x %}","y":"{% $y %}"},"Next":"Q"},
              "Q":{"Type":"Pass","Output":{"x":"{% $x %}","y":"{% $y %}","before":"{% $states.input %}"},"End":true}}}
            """);
        Assert.True(result.Succeeded, $"{result.Error}: {result.Cause}");
        Assert.Equal("""{"x":10,"y":1,"before":{"x":1,"y":10}}""", AslJson.Serialize(result.Output));
    }
}
