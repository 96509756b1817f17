using ActivityAware.Local.Asl.Definition;

namespace ActivityAware.Local.Tests.Asl.Conformance;

/// <summary>
/// JSONata expressions Step Functions refuses when the state machine is created, not when it runs. Codes and messages are AWS's
/// ValidateStateMachineDefinition diagnostics as the Floci emulator measured them against AWS (floci-io/floci, docs/services/step-functions.md
/// "JSONata expressions are validated when the state machine is created", StepFunctionsValidationTest): INVALID_JSONATA_EXPRESSION with the
/// parser's message; UNSUPPORTED_JSONATA_EXPRESSION "Reference to '$$' is not supported.", "Reference to 'phone' at the top level is not
/// supported." (a name or <c>$</c> read from the context item, which a JSONata state's expression does not have), "Field
/// '$states.errorOutput' does not exist." outside a Catcher. <c>$states.result</c> outside a Task's, Map's or Parallel's Output and Assign
/// (developer guide, "Reserved variable: $states": the result exists only there) is refused with the same message shape; that wording is
/// not recorded. Our message names the field once, AWS's location without the state prefix (<c>Output/v</c> for /States/E/Output/v).
/// </summary>
public class JsonataExpressionValidationConformanceTests
{
    private const string Lambda = "arn:aws:lambda:us-east-1:123456789012:function:f";

    public static TheoryData<string, string, string> Refused => new()
    {
        { "$$ in Output", Pass("""{"v":"{% $$ %}"}"""), "State 'X' field 'Output/v': UNSUPPORTED_JSONATA_EXPRESSION: Reference to '$$' is not supported." },
        { "$$ deep in a later path step", Pass("\"{% $states.input.{'a': $$.b} %}\""), "State 'X' field 'Output': UNSUPPORTED_JSONATA_EXPRESSION: Reference to '$$' is not supported." },
        { "a bare field name", Pass("""{"v":"{% phone %}"}"""), "State 'X' field 'Output/v': UNSUPPORTED_JSONATA_EXPRESSION: Reference to 'phone' at the top level is not supported." },
        { "the context item $", Pass("\"{% $ %}\""), "State 'X' field 'Output': UNSUPPORTED_JSONATA_EXPRESSION: Reference to '$' at the top level is not supported." },
        { "a name as an operand", Pass("\"{% $states.input.a + b %}\""), "Reference to 'b' at the top level is not supported." },
        { "a name in a lambda body keeps the top-level context", Pass("\"{% $map($states.input.a, function($x) { b }) %}\""), "Reference to 'b' at the top level is not supported." },
        { "an object constructor's key", Pass("\"{% {aaa: 1} %}\""), "Reference to 'aaa' at the top level is not supported." },
        { "a name in Arguments", Machine("""{"Type":"Task","Resource":"%L","Arguments":{"n":"{% name %}"},"End":true}"""), "State 'X' field 'Arguments/n': UNSUPPORTED_JSONATA_EXPRESSION: Reference to 'name' at the top level is not supported." },
        { "a name in a Choice Condition", Choice("""{"Condition":"{% flag %}","Next":"S"}"""), "State 'X' field 'Choices[0]/Condition': UNSUPPORTED_JSONATA_EXPRESSION: Reference to 'flag' at the top level is not supported." },
        { "$states.result in a Pass state", Pass("\"{% $states.result %}\""), "State 'X' field 'Output': UNSUPPORTED_JSONATA_EXPRESSION: Field '$states.result' does not exist." },
        { "$states.result in a Pass state's Assign", Machine("""{"Type":"Pass","Assign":{"r":"{% $states.result %}"},"End":true}"""), "State 'X' field 'Assign/r': UNSUPPORTED_JSONATA_EXPRESSION: Field '$states.result' does not exist." },
        { "$states.result in a Choice rule's Output", Choice("""{"Condition":"{% true %}","Next":"S","Output":"{% $states.result %}"}"""), "State 'X' field 'Choices[0]/Output': UNSUPPORTED_JSONATA_EXPRESSION: Field '$states.result' does not exist." },
        { "$states.result in a Wait's Seconds", Machine("""{"Type":"Wait","Seconds":"{% $states.result %}","End":true}"""), "State 'X' field 'Seconds': UNSUPPORTED_JSONATA_EXPRESSION: Field '$states.result' does not exist." },
        { "$states.result in a Fail's Cause", Machine("""{"Type":"Fail","Error":"E","Cause":"{% $string($states.result) %}"}"""), "State 'X' field 'Cause': UNSUPPORTED_JSONATA_EXPRESSION: Field '$states.result' does not exist." },
        { "$states.result in a Succeed's Output", Machine("""{"Type":"Succeed","Output":"{% $states.result %}"}"""), "State 'X' field 'Output': UNSUPPORTED_JSONATA_EXPRESSION: Field '$states.result' does not exist." },
        { "$states.result in a Task's Arguments (there is no result yet)", Machine("""{"Type":"Task","Resource":"%L","Arguments":"{% $states.result %}","End":true}"""), "State 'X' field 'Arguments': UNSUPPORTED_JSONATA_EXPRESSION: Field '$states.result' does not exist." },
        { "$states.result in a Catcher's Output (a failed state has an error output instead)", Machine("""{"Type":"Task","Resource":"%L","Catch":[{"ErrorEquals":["States.ALL"],"Output":"{% $states.result %}","Next":"S"}],"End":true}"""), "State 'X' field 'Catch[0]/Output': UNSUPPORTED_JSONATA_EXPRESSION: Field '$states.result' does not exist." },
        { "$states.result in a Map's Items", Machine("""{"Type":"Map","Items":"{% $states.result %}","ItemProcessor":{"StartAt":"I","States":{"I":{"Type":"Pass","End":true}}},"End":true}"""), "State 'X' field 'Items': UNSUPPORTED_JSONATA_EXPRESSION: Field '$states.result' does not exist." },
        { "$states.errorOutput in a Task's Output", Machine("""{"Type":"Task","Resource":"%L","Output":"{% $states.errorOutput %}","End":true}"""), "State 'X' field 'Output': UNSUPPORTED_JSONATA_EXPRESSION: Field '$states.errorOutput' does not exist." },
        { "a syntax error names the field once, with the JSONata code and position", Pass("""{"v":"{% 1 + %}"}"""), "State 'X' field 'Output/v': INVALID_JSONATA_EXPRESSION: Unexpected end of expression (S0207 at position 3 of '1 +')" },
        { "an empty expression", Pass("\"{%  %}\""), "State 'X' field 'Output': INVALID_JSONATA_EXPRESSION: Unexpected end of expression" },
        { "a syntax error in a Catcher's Assign", Machine("""{"Type":"Task","Resource":"%L","Catch":[{"ErrorEquals":["States.ALL"],"Assign":{"e":"{% ( %}"},"Next":"S"}],"End":true}"""), "State 'X' field 'Catch[0]/Assign/e': INVALID_JSONATA_EXPRESSION: " },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void RefusedExpression_FailsTheLoad_WithAwsCodeAndMessage(string rule, string json, string expected)
    {
        var e = Assert.Throws<AslDefinitionException>(() => AslHarness.Load(json));
        Assert.True(e.Message.Contains(expected, StringComparison.Ordinal), $"{rule}: {e.Message}");
    }

    [Theory]
    [InlineData("$states.result in a Task's Output and Assign", """{"Type":"Task","Resource":"%L","Output":"{% $states.result %}","Assign":{"r":"{% $states.result.x %}"},"End":true}""")]
    [InlineData("$states.result in a Map's Output", """{"Type":"Map","Items":[1],"ItemProcessor":{"StartAt":"I","States":{"I":{"Type":"Pass","End":true}}},"Output":"{% $states.result %}","End":true}""")]
    [InlineData("$states.result in a Parallel's Assign", """{"Type":"Parallel","Branches":[{"StartAt":"I","States":{"I":{"Type":"Pass","End":true}}}],"Assign":{"r":"{% $states.result %}"},"End":true}""")]
    [InlineData("$states.errorOutput in a Catcher's Output and Assign", """{"Type":"Task","Resource":"%L","Catch":[{"ErrorEquals":["States.ALL"],"Output":"{% $states.errorOutput %}","Assign":{"e":"{% $states.errorOutput.Error %}"},"Next":"S"}],"End":true}""")]
    [InlineData("names in later steps, predicates, group-by and sort terms read the value before them", """{"Type":"Pass","Output":"{% $states.input.items[value > 3].{'n': name}^(n){n: value} %}","End":true}""")]
    [InlineData("a lambda's own parameters and block variables", """{"Type":"Pass","Output":"{% ($f := function($v) { $v.x }; $map($states.input.a, $f)) %}","End":true}""")]
    [InlineData("$states.context and an undefined workflow variable", """{"Type":"Pass","Output":"{% [$states.context.Execution.Id, $notAssigned] %}","End":true}""")]
    [InlineData("a string that is not one {% %} expression stays a literal", """{"Type":"Pass","Output":{"a":"phone","b":"$$","c":" {% phone %}"},"End":true}""")]
    public void AcceptedExpression_Loads(string rule, string state)
    {
        var end = state.LastIndexOf("\"End\":true", StringComparison.Ordinal);
        var exception = Record.Exception(() => AslHarness.Load(Machine(state[..end] + "\"Next\":\"S\"" + state[(end + 10)..])));
        Assert.True(exception is null, $"{rule}: {exception?.Message}");
    }

    /// <summary>A JSONPath state's strings are not JSONata: the same text loads there.</summary>
    [Fact]
    public void JsonPathState_IsNotCheckedAsJsonata()
    {
        var exception = Record.Exception(() => AslHarness.Load(
            """{"StartAt":"X","States":{"X":{"Type":"Pass","Parameters":{"a":"{% phone %}","b.$":"$$.Execution.Id"},"End":true}}}"""));
        Assert.Null(exception);
    }

    private static string Machine(string state) =>
        """{"QueryLanguage":"JSONata","StartAt":"X","States":{"X":""" + state.Replace("%L", Lambda, StringComparison.Ordinal) + ""","S":{"Type":"Succeed"}}}""";

    private static string Pass(string output) => Machine("""{"Type":"Pass","Output":""" + output + ""","End":true}""");

    private static string Choice(string rule) => Machine("""{"Type":"Choice","Choices":[""" + rule + """],"Default":"S"}""");
}
