using ActivityAware.Local.Asl.Definition;

namespace ActivityAware.Local.Tests.Asl.Conformance;

/// <summary>
/// The JSONata query language at load: which language each state uses and which fields it may carry. Sources: the developer guide
/// ("Transforming data with JSONata in Step Functions": Arguments and Output replace the five JSONPath fields; each state type's page),
/// LocalStack's AWS-recorded query_language templates (BASE_PASS_JSONATA, BASE_PASS_JSONATA_OVERRIDE, BASE_PASS_JSONATA_OVERRIDE_DEFAULT),
/// and AWS's ValidateStateMachineDefinition wording as measured by the Floci emulator's tests (SCHEMA_VALIDATION_FAILED messages).
/// </summary>
public class JsonataDefinitionConformanceTests
{
    private static StateType TypeOf(string json) => AslHarness.Load(json).Graph.States.Values.First().Type;

    [Theory]
    [InlineData("BASE_PASS_JSONATA: top-level JSONata", """{"QueryLanguage":"JSONata","StartAt":"StartState","States":{"StartState":{"Type":"Pass","End":true}}}""", QueryLanguage.Jsonata)]
    [InlineData("BASE_PASS_JSONATA_OVERRIDE: a JSONata state under an explicit JSONPath top level", """{"QueryLanguage":"JSONPath","StartAt":"StartState","States":{"StartState":{"QueryLanguage":"JSONata","Type":"Pass","End":true}}}""", QueryLanguage.Jsonata)]
    [InlineData("BASE_PASS_JSONATA_OVERRIDE_DEFAULT: a JSONata state under the default top level", """{"StartAt":"StartState","States":{"StartState":{"QueryLanguage":"JSONata","Type":"Pass","End":true}}}""", QueryLanguage.Jsonata)]
    [InlineData("BASE_PASS_JSONPATH: the default is JSONPath", """{"StartAt":"StartState","States":{"StartState":{"Type":"Pass","End":true}}}""", QueryLanguage.JsonPath)]
    [InlineData("a JSONata state inherits nothing: an explicit JSONPath state stays JSONPath", """{"StartAt":"S","States":{"S":{"QueryLanguage":"JSONPath","Type":"Pass","End":true}}}""", QueryLanguage.JsonPath)]
    public void StateLanguage_IsItsOwnElseTheMachines(string source, string json, QueryLanguage expected)
    {
        var definition = AslHarness.Load(json);
        Assert.True(expected == definition.Graph.States.Values.Single().QueryLanguage, source);
    }

    [Fact]
    public void NestedStates_UseTheMachinesLanguage_NotTheEnclosingState()
    {
        var definition = AslHarness.Load("""
            {"StartAt":"M","States":{"M":{"QueryLanguage":"JSONata","Type":"Map","Items":[1,2],
              "ItemProcessor":{"StartAt":"Inner","States":{"Inner":{"Type":"Pass","End":true}}},"End":true}}}
            """);
        var map = definition.Graph.States["M"];
        Assert.Equal(QueryLanguage.Jsonata, map.QueryLanguage);
        Assert.Equal(QueryLanguage.JsonPath, map.ItemProcessor!.States["Inner"].QueryLanguage);
    }

    public static TheoryData<string, string, string> Rejected => new()
    {
        {
            "a JSONata machine's state cannot go back to JSONPath",
            """{"QueryLanguage":"JSONata","StartAt":"A","States":{"A":{"Type":"Pass","QueryLanguage":"JSONPath","End":true}}}""",
            "State 'A' field 'QueryLanguage': 'QueryLanguage' can not be 'JSONPath' if set to 'JSONata' for whole state machine"
        },
        {
            "... nor can a state nested in a JSONata machine's Map",
            """{"QueryLanguage":"JSONata","StartAt":"M","States":{"M":{"Type":"Map","ItemProcessor":{"StartAt":"I","States":{"I":{"Type":"Pass","QueryLanguage":"JSONPath","End":true}}},"End":true}}}""",
            "State 'I' field 'QueryLanguage': 'QueryLanguage' can not be 'JSONPath'"
        },
        {
            "QueryLanguage is exactly JSONPath or JSONata",
            """{"StartAt":"A","States":{"A":{"Type":"Pass","QueryLanguage":"jsonata","End":true}}}""",
            "State 'A' field 'QueryLanguage': Value should be one of the following: [JSONPath, JSONata]"
        },
        {
            "a branch is not a state: it has no QueryLanguage",
            """{"StartAt":"P","States":{"P":{"Type":"Parallel","Branches":[{"QueryLanguage":"JSONata","StartAt":"A","States":{"A":{"Type":"Succeed"}}}],"End":true}}}""",
            "Field 'P.Branches[0].QueryLanguage': Field 'QueryLanguage' is not supported"
        },
        {
            "InputPath is JSONPath's",
            """{"QueryLanguage":"JSONata","StartAt":"X","States":{"X":{"Type":"Pass","End":true,"InputPath":"$.a"}}}""",
            "State 'X' field 'InputPath': The QueryLanguage is set to 'JSONata', but field 'InputPath' is only supported for the 'JSONPath' QueryLanguage"
        },
        {
            "Parameters is JSONPath's",
            """{"QueryLanguage":"JSONata","StartAt":"X","States":{"X":{"Type":"Task","Resource":"arn:aws:lambda:us-east-1:123456789012:function:f","Parameters":{},"End":true}}}""",
            "The QueryLanguage is set to 'JSONata', but field 'Parameters' is only supported for the 'JSONPath' QueryLanguage"
        },
        {
            "a Pass state's Result is JSONPath's",
            """{"QueryLanguage":"JSONata","StartAt":"X","States":{"X":{"Type":"Pass","Result":1,"End":true}}}""",
            "field 'Result' is only supported for the 'JSONPath' QueryLanguage"
        },
        {
            "ResultSelector is JSONPath's",
            """{"QueryLanguage":"JSONata","StartAt":"X","States":{"X":{"Type":"Task","Resource":"arn:aws:lambda:us-east-1:123456789012:function:f","ResultSelector":{},"End":true}}}""",
            "field 'ResultSelector' is only supported for the 'JSONPath' QueryLanguage"
        },
        {
            "SecondsPath is JSONPath's",
            """{"QueryLanguage":"JSONata","StartAt":"X","States":{"X":{"Type":"Wait","SecondsPath":"$.s","End":true}}}""",
            "field 'SecondsPath' is only supported for the 'JSONPath' QueryLanguage"
        },
        {
            "ItemsPath is JSONPath's",
            """{"QueryLanguage":"JSONata","StartAt":"M","States":{"M":{"Type":"Map","ItemsPath":"$.a","ItemProcessor":{"StartAt":"I","States":{"I":{"Type":"Pass","End":true}}},"End":true}}}""",
            "field 'ItemsPath' is only supported for the 'JSONPath' QueryLanguage"
        },
        {
            "MaxConcurrencyPath is JSONPath's",
            """{"QueryLanguage":"JSONata","StartAt":"M","States":{"M":{"Type":"Map","MaxConcurrencyPath":"$.a","ItemProcessor":{"StartAt":"I","States":{"I":{"Type":"Pass","End":true}}},"End":true}}}""",
            "field 'MaxConcurrencyPath' is only supported for the 'JSONPath' QueryLanguage"
        },
        {
            "ErrorPath is JSONPath's",
            """{"QueryLanguage":"JSONata","StartAt":"F","States":{"F":{"Type":"Fail","ErrorPath":"$.e"}}}""",
            "field 'ErrorPath' is only supported for the 'JSONPath' QueryLanguage"
        },
        {
            "a Catcher's ResultPath is JSONPath's",
            """{"QueryLanguage":"JSONata","StartAt":"T","States":{"T":{"Type":"Task","Resource":"arn:aws:lambda:us-east-1:123456789012:function:f","Catch":[{"ErrorEquals":["States.ALL"],"ResultPath":"$.e","Next":"S"}],"End":true},"S":{"Type":"Succeed"}}}""",
            "field 'Catch[0].ResultPath': The QueryLanguage is set to 'JSONata', but field 'ResultPath'"
        },
        {
            "Output is JSONata's",
            """{"StartAt":"X","States":{"X":{"Type":"Pass","Output":{},"End":true}}}""",
            "State 'X' field 'Output': The QueryLanguage is set to 'JSONPath', but field 'Output' is only supported for the 'JSONata' QueryLanguage"
        },
        {
            "Arguments is JSONata's",
            """{"StartAt":"X","States":{"X":{"Type":"Task","Resource":"arn:aws:lambda:us-east-1:123456789012:function:f","Arguments":{},"End":true}}}""",
            "field 'Arguments' is only supported for the 'JSONata' QueryLanguage"
        },
        {
            "Items is JSONata's",
            """{"StartAt":"M","States":{"M":{"Type":"Map","Items":[],"ItemProcessor":{"StartAt":"I","States":{"I":{"Type":"Pass","End":true}}},"End":true}}}""",
            "field 'Items' is only supported for the 'JSONata' QueryLanguage"
        },
        {
            "a Catcher's Output is JSONata's",
            """{"StartAt":"T","States":{"T":{"Type":"Task","Resource":"arn:aws:lambda:us-east-1:123456789012:function:f","Catch":[{"ErrorEquals":["States.ALL"],"Output":{},"Next":"S"}],"End":true},"S":{"Type":"Succeed"}}}""",
            "field 'Catch[0].Output': The QueryLanguage is set to 'JSONPath', but field 'Output'"
        },
        {
            "a JSONata choice rule is a Condition, not a Variable and an operator",
            """{"QueryLanguage":"JSONata","StartAt":"C","States":{"C":{"Type":"Choice","Choices":[{"Variable":"$.a","IsPresent":true,"Next":"S"}]},"S":{"Type":"Succeed"}}}""",
            "State 'C' field 'Choices[0].Variable': The QueryLanguage is set to 'JSONata', but field 'Variable'"
        },
        {
            "a JSONata choice rule needs a Condition",
            """{"QueryLanguage":"JSONata","StartAt":"C","States":{"C":{"Type":"Choice","Choices":[{"Next":"S"}]},"S":{"Type":"Succeed"}}}""",
            "State 'C' field 'Choices[0].Condition'"
        },
        {
            "a JSONPath choice rule has no Condition",
            """{"StartAt":"C","States":{"C":{"Type":"Choice","Choices":[{"Condition":"{% true %}","Next":"S"}]},"S":{"Type":"Succeed"}}}""",
            "State 'C' field 'Choices[0].Condition': The QueryLanguage is set to 'JSONPath', but field 'Condition'"
        },
        {
            "$states.errorOutput exists only in a Catcher (AWS: UNSUPPORTED_JSONATA_EXPRESSION)",
            """{"QueryLanguage":"JSONata","StartAt":"X","States":{"X":{"Type":"Pass","Output":"{% $states.errorOutput %}","End":true}}}""",
            "State 'X' field 'Output': UNSUPPORTED_JSONATA_EXPRESSION: Field '$states.errorOutput' does not exist."
        },
        {
            "... nested in an Output object too, named by its path",
            """{"QueryLanguage":"JSONata","StartAt":"X","States":{"X":{"Type":"Pass","Output":{"a":["{% $states.errorOutput.Cause %}"]},"End":true}}}""",
            "State 'X' field 'Output/a[0]': UNSUPPORTED_JSONATA_EXPRESSION: Field '$states.errorOutput' does not exist."
        },
        {
            "a JSONata variable name has no '.$'",
            """{"QueryLanguage":"JSONata","StartAt":"X","States":{"X":{"Type":"Pass","Assign":{"x.$":"$.a"},"End":true}}}""",
            "State 'X' field 'Assign': 'x.$': a JSONata state names a variable without '.$'"
        },
        {
            "a JSONata Map's Items literal is an array",
            """{"QueryLanguage":"JSONata","StartAt":"M","States":{"M":{"Type":"Map","Items":{"a":1},"ItemProcessor":{"StartAt":"I","States":{"I":{"Type":"Pass","End":true}}},"End":true}}}""",
            "State 'M' field 'Items': must be a JSON array or a {% %} expression but is object"
        },
        {
            "a JSONata Wait's Seconds literal is a non-negative integer",
            """{"QueryLanguage":"JSONata","StartAt":"W","States":{"W":{"Type":"Wait","Seconds":-1,"End":true}}}""",
            "State 'W' field 'Seconds'"
        },
        {
            "a JSONata Wait's Seconds is an integer or one expression, not other text",
            """{"QueryLanguage":"JSONata","StartAt":"W","States":{"W":{"Type":"Wait","Seconds":"5","End":true}}}""",
            "State 'W' field 'Seconds'"
        },
        {
            "Catch stays off a Pass state in JSONata too",
            """{"QueryLanguage":"JSONata","StartAt":"X","States":{"X":{"Type":"Pass","End":true,"Catch":[{"ErrorEquals":["States.ALL"],"Next":"X"}]}}}""",
            "State 'X' field 'Catch': is not a field of a Pass state"
        },
        {
            "Fail has no Output",
            """{"QueryLanguage":"JSONata","StartAt":"F","States":{"F":{"Type":"Fail","Output":{}}}}""",
            "State 'F' field 'Output': is not a field of a Fail state"
        },
    };

    [Theory]
    [MemberData(nameof(Rejected))]
    public void InvalidJsonataDefinition_IsRejectedAtLoad_WithAwsWording(string rule, string json, string expected)
    {
        var e = Assert.Throws<AslDefinitionException>(() => AslHarness.Load(json));
        Assert.True(e.Message.Contains(expected, StringComparison.Ordinal), $"{rule}: {e.Message}");
    }

    [Theory]
    [InlineData("'$states.errorOutput' in a Catcher's Output", """{"QueryLanguage":"JSONata","StartAt":"T","States":{"T":{"Type":"Task","Resource":"arn:aws:lambda:us-east-1:123456789012:function:f","Catch":[{"ErrorEquals":["States.ALL"],"Output":"{% $states.errorOutput %}","Next":"S"}],"End":true},"S":{"Type":"Succeed"}}}""")]
    [InlineData("'$states.errorOutput' in a Catcher's Assign", """{"QueryLanguage":"JSONata","StartAt":"T","States":{"T":{"Type":"Task","Resource":"arn:aws:lambda:us-east-1:123456789012:function:f","Catch":[{"ErrorEquals":["States.ALL"],"Assign":{"e":"{% $states.errorOutput %}"},"Next":"S"}],"End":true},"S":{"Type":"Succeed"}}}""")]
    [InlineData("Assign is both languages'", """{"QueryLanguage":"JSONata","StartAt":"X","States":{"X":{"Type":"Pass","Assign":{"a":1},"End":true}}}""")]
    [InlineData("a '.$' key in Output is a literal key (BASE_LITERALS)", """{"QueryLanguage":"JSONata","StartAt":"X","States":{"X":{"Type":"Pass","Output":{"k.$":"$"},"End":true}}}""")]
    [InlineData("a JSONata Choice rule's Condition may be a literal boolean", """{"QueryLanguage":"JSONata","StartAt":"C","States":{"C":{"Type":"Choice","Choices":[{"Condition":true,"Next":"S"}]},"S":{"Type":"Succeed"}}}""")]
    [InlineData("a JSONata Map without Items iterates its input", """{"QueryLanguage":"JSONata","StartAt":"M","States":{"M":{"Type":"Map","ItemProcessor":{"StartAt":"I","States":{"I":{"Type":"Pass","End":true}}},"End":true}}}""")]
    public void ValidJsonataDefinition_Loads(string rule, string json)
    {
        var exception = Record.Exception(() => AslHarness.Load(json));
        Assert.True(exception is null, $"{rule}: {exception?.Message}");
    }

    [Fact]
    public void JsonataChoiceRule_IsLabelledWithItsExpression()
    {
        var definition = AslHarness.Load("""{"QueryLanguage":"JSONata","StartAt":"C","States":{"C":{"Type":"Choice","Choices":[{"Condition":"{% $states.input.n > 1 %}","Next":"S"}],"Default":"S"},"S":{"Type":"Succeed"}}}""");
        Assert.Equal("$states.input.n > 1", definition.Graph.States["C"].Choices[0].Label);
        Assert.Equal(StateType.Choice, TypeOf("""{"QueryLanguage":"JSONata","StartAt":"C","States":{"C":{"Type":"Choice","Choices":[{"Condition":true,"Next":"S"}]},"S":{"Type":"Succeed"}}}"""));
    }
}
