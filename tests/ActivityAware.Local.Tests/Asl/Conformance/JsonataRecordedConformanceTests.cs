using System.Text.Json.Nodes;
using ActivityAware.Local.Asl;

namespace ActivityAware.Local.Tests.Asl.Conformance;

/// <summary>
/// JSONata states as AWS ran them: each case is a LocalStack template whose execution AWS recorded (localstack/localstack
/// tests/aws/services/stepfunctions/templates/{querylanguage,arguments,outputdecl,assign}, snapshots under v2/{query_language,arguments,
/// outputdecl,assign}), named after the recording; the expected output is the recorded one.
/// </summary>
public class JsonataRecordedConformanceTests
{
    private const string ArgumentsInput = """{"input_value":"string literal","input_values":[1,2,3]}""";

    public static TheoryData<string, string, string, string> Outputs => new()
    {
        {
            "query_language BASE_PASS_JSONATA",
            """{"QueryLanguage":"JSONata","StartAt":"StartState","States":{"StartState":{"Type":"Pass","End":true}}}""",
            "{}", "{}"
        },
        {
            "query_language JSONATA_OUTPUT_TO_JSONPATH: a JSONata state's Output is the next JSONPath state's input",
            """
            {"StartAt":"JSONataState","States":{
              "JSONataState":{"QueryLanguage":"JSONata","Type":"Pass","Output":{"foo":"foobar","bar":"{% $states.input %}"},"Next":"JSONPathState"},
              "JSONPathState":{"QueryLanguage":"JSONPath","Type":"Pass","End":true}}}
            """,
            """{"input_data":"test"}""", """{"foo":"foobar","bar":{"input_data":"test"}}"""
        },
        {
            "query_language JSONPATH_OUTPUT_TO_JSONATA: a JSONPath state's output is the next JSONata state's input",
            """
            {"StartAt":"JSONataState","States":{
              "JSONataState":{"QueryLanguage":"JSONPath","Type":"Pass","Parameters":{"foo":"foobar","bar.$":"$"},"Next":"JSONPathState"},
              "JSONPathState":{"QueryLanguage":"JSONata","Type":"Pass","End":true}}}
            """,
            """{"input_data":"test"}""", """{"foo":"foobar","bar":{"input_data":"test"}}"""
        },
        {
            "outputdecl BASE_EMPTY: an empty Output object",
            """{"StartAt":"State0","States":{"State0":{"QueryLanguage":"JSONata","Type":"Pass","Output":{},"End":true}}}""",
            ArgumentsInput, "{}"
        },
        {
            "outputdecl BASE_LITERALS: strings that are not exactly {% … %} are literals, '.$' keys and paths included",
            """
            {"StartAt":"State0","States":{"State0":{"QueryLanguage":"JSONata","Type":"Pass","Output":{
              "constant_null":null,"constant_int":0,"constant_float":0.1,"constant_bool":true,"constant_str":"constant string",
              "constant_not_jsonata":" {% states.input %} ","constant_varpath_states":"$states.input","constant_varpath":"$no.such.var.path",
              "constant_jp_input":"$","constant_jp_input.$":"$","constant_jp_input_path":"$.input_value","constant_jp_context":"$$",
              "constant_if":"States.Format('Format:{}', 101)","constant_lst_empty":[],
              "constant_lst":[null,0,0.1,true,[],{"constant":0}," {% states.input %} ","$states.input","$no.such.var.path"],
              "constant_obj_empty":{}},"End":true}}}
            """,
            ArgumentsInput,
            """{"constant_null":null,"constant_int":0,"constant_float":0.1,"constant_bool":true,"constant_str":"constant string","constant_not_jsonata":" {% states.input %} ","constant_varpath_states":"$states.input","constant_varpath":"$no.such.var.path","constant_jp_input":"$","constant_jp_input.$":"$","constant_jp_input_path":"$.input_value","constant_jp_context":"$$","constant_if":"States.Format('Format:{}', 101)","constant_lst_empty":[],"constant_lst":[null,0,0.1,true,[],{"constant":0}," {% states.input %} ","$states.input","$no.such.var.path"],"constant_obj_empty":{}}"""
        },
        {
            "outputdecl BASE_DIRECT_EXPR: Output as one expression, reading a variable a JSONPath state assigned",
            """
            {"StartAt":"Init","States":{
              "Init":{"Type":"Pass","Assign":{"var_constant_1":1},"Next":"State0"},
              "State0":{"QueryLanguage":"JSONata","Type":"Pass","Output":"{% $sum($states.input.input_values) + $var_constant_1 %}","End":true}}}
            """,
            ArgumentsInput, "7"
        },
        {
            "outputdecl base_output_any LIST_RICH: expressions inside arrays and objects, literals around them",
            """
            {"StartAt":"State0","States":{"State0":{"QueryLanguage":"JSONata","Type":"Pass",
              "Output":[null,0,0.1,true,"string",[],"$nosuchvar","$.no.such.path","{% $states.input %}",{"key":"{% true %}"}],"End":true}}}
            """,
            """{"input_value":"stringliteral"}""", """[null,0,0.1,true,"string",[],"$nosuchvar","$.no.such.path",{"input_value":"stringliteral"},{"key":true}]"""
        },
        {
            "outputdecl base_output_any NULL: Output null is the output null",
            """{"StartAt":"State0","States":{"State0":{"QueryLanguage":"JSONata","Type":"Pass","Output":null,"End":true}}}""",
            """{"input_value":"stringliteral"}""", "null"
        },
        {
            "outputdecl base_output_any STR_LIT",
            """{"StartAt":"State0","States":{"State0":{"QueryLanguage":"JSONata","Type":"Pass","Output":"string literal","End":true}}}""",
            """{"input_value":"stringliteral"}""", "\"string literal\""
        },
        {
            "outputdecl base_output_any JSONATA_EXPR",
            """{"StartAt":"State0","States":{"State0":{"QueryLanguage":"JSONata","Type":"Pass","Output":"{% $states.input %}","End":true}}}""",
            """{"input_value":"stringliteral"}""", """{"input_value":"stringliteral"}"""
        },
        {
            "arguments BASE_LAMBDA_EXPRESSIONS: Arguments from $states.input, a variable and an expression; Output defaults to the result",
            """
            {"StartAt":"Init","States":{
              "Init":{"Type":"Pass","Assign":{"var_input_value.$":"$.input_value","var_constant_1":1},"Next":"State0"},
              "State0":{"QueryLanguage":"JSONata","Type":"Task","Resource":"arn:aws:lambda:us-east-1:123456789012:function:identity",
                "Arguments":{"ja_states_input":"{% $states.input %}","ja_var_access":"{% $var_input_value %}","ja_expr":"{% $sum($states.input.input_values) + $var_constant_1 %}"},
                "Assign":{"ja_var_access":"{% $var_input_value %}","ja_expr":"{% $sum($states.input.input_values) + $var_constant_1 %}"},"End":true}}}
            """,
            ArgumentsInput, """{"ja_states_input":{"input_value":"string literal","input_values":[1,2,3]},"ja_var_access":"string literal","ja_expr":7}"""
        },
        {
            "arguments BASE_LAMBDA_EMPTY_GLOBAL_QL_JSONATA: empty Arguments call the function with {}",
            """{"QueryLanguage":"JSONata","StartAt":"State0","States":{"State0":{"Type":"Task","Resource":"arn:aws:lambda:us-east-1:123456789012:function:identity","Arguments":{},"End":true}}}""",
            ArgumentsInput, "{}"
        },
        {
            "query_language JSONPATH_TO_JSONATA_DATAFLOW: lambda:invoke Arguments, Assign and Output over $states.result",
            """
            {"StartAt":"StateJsonPath","States":{
              "StateJsonPath":{"QueryLanguage":"JSONPath","Type":"Pass","Result":{"riddle":"What is the answer to life, the universe, and everything?"},
                "Assign":{"answer":42,"inputData.$":"$"},"OutputPath":"$","ResultPath":"$.enigma.mystery","Next":"StateJsonata"},
              "StateJsonata":{"QueryLanguage":"JSONata","Type":"Task","Resource":"arn:aws:states:::lambda:invoke",
                "Arguments":{"FunctionName":"{% $states.input.functionName %}","Payload":{"theQuestion":"{% $states.input.enigma.mystery.riddle %}","theAnswer":"{% $answer %}"}},
                "Assign":{"answer":"<omitted>","message":"{% $states.result %}"},
                "Output":{"result":"{% $states.result.Payload %}"},"End":true}}}
            """,
            """{"functionName":"identity"}""", """{"result":{"theQuestion":"What is the answer to life, the universe, and everything?","theAnswer":42}}"""
        },
        {
            "query_language TASK_LAMBDA_LEGACY_RESOURCE_JSONATA_TO_JSONPATH: a function ARN receives the Arguments as its payload",
            """
            {"StartAt":"JsonataState","States":{
              "JsonataState":{"QueryLanguage":"JSONata","Type":"Task","Resource":"arn:aws:lambda:us-east-1:123456789012:function:identity",
                "Arguments":{"Payload":{"foo":"foo-1"}},"Assign":{"resultsVar":"{% $states.result %}"},"Output":{"results":"{% $states.result %}"},"Next":"JsonPathState"},
              "JsonPathState":{"QueryLanguage":"JSONPath","Type":"Pass","End":true}}}
            """,
            "{}", """{"results":{"Payload":{"foo":"foo-1"}}}"""
        },
        {
            "query_language TASK_LAMBDA_SDK_RESOURCE_JSONPATH_TO_JSONATA (OutputPath narrowed to $.Payload: the local lambda:invoke result has fewer metadata fields)",
            """
            {"StartAt":"JsonPathState","States":{
              "JsonPathState":{"QueryLanguage":"JSONPath","Type":"Task","Resource":"arn:aws:states:::lambda:invoke",
                "Parameters":{"Payload":{"foo":"foo-1"},"FunctionName":"identity"},"Assign":{"resultsVar.$":"$"},"OutputPath":"$.Payload","Next":"JsonataState"},
              "JsonataState":{"QueryLanguage":"JSONata","Type":"Pass","End":true}}}
            """,
            "{}", """{"foo":"foo-1"}"""
        },
    };

    [Theory]
    [MemberData(nameof(Outputs))]
    public async Task RecordedTemplate_GivesTheRecordedOutput(string recording, string definition, string input, string expected)
    {
        var harness = new AslHarness().Function("identity", payload => payload?.DeepClone());
        var result = await harness.Run(definition, input);
        Assert.True(result.Succeeded, $"{recording}: {result.Error}: {result.Cause}");
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), result.Output), $"{recording}: {AslJson.Serialize(result.Output)}");
    }

    [Theory]
    [InlineData("JSONPATH_ASSIGN_JSONATA_REF: a JSONata Assign reads what a JSONPath state assigned, before its own assignment",
        """
        {"StartAt":"JSONPathState","States":{
          "JSONPathState":{"QueryLanguage":"JSONPath","Type":"Pass","Assign":{"theAnswer":42},"Next":"JSONataState"},
          "JSONataState":{"QueryLanguage":"JSONata","Type":"Pass","Assign":{"theAnswer":18,"oldAnswer":"{% $theAnswer %}"},"End":true}}}
        """, "JSONataState", """{"theAnswer":18,"oldAnswer":42}""")]
    [InlineData("arguments BASE_LAMBDA_EXPRESSIONS: the Task's assignments",
        """
        {"StartAt":"Init","States":{
          "Init":{"Type":"Pass","Assign":{"var_input_value.$":"$.input_value","var_constant_1":1},"Next":"State0"},
          "State0":{"QueryLanguage":"JSONata","Type":"Task","Resource":"arn:aws:lambda:us-east-1:123456789012:function:identity","Arguments":{},
            "Assign":{"ja_var_access":"{% $var_input_value %}","ja_expr":"{% $sum($states.input.input_values) + $var_constant_1 %}"},"End":true}}}
        """, "State0", """{"ja_var_access":"string literal","ja_expr":7}""")]
    public async Task RecordedTemplate_AssignsTheRecordedVariables(string recording, string definition, string state, string expected)
    {
        var harness = new AslHarness().Function("identity", payload => payload?.DeepClone());
        var result = await harness.Run(definition, ArgumentsInput);
        Assert.True(result.Succeeded, $"{recording}: {result.Error}: {result.Cause}");
        var exited = result.Events.Single(e => e.StateName == state && e.Type.EndsWith("StateExited", StringComparison.Ordinal));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), exited.AssignedVariables), $"{recording}: {AslJson.Serialize(exited.AssignedVariables)}");
    }

    /// <summary>outputdecl CHOICE_CONDITION_JSONATA, run with both inputs: the matching rule's Output, or the state's own on Default.</summary>
    [Theory]
    [InlineData("""{"condition":true}""", "ConditionTrue", "\"Condition Output block\"")]
    [InlineData("""{"condition":false}""", "DefaultState", "\"Default Output block\"")]
    public async Task ChoiceOutput_IsTheMatchingRulesOrTheStatesOnDefault(string input, string next, string expectedOutput)
    {
        const string Definition = """
            {"QueryLanguage":"JSONata","StartAt":"ChoiceState","States":{
              "ChoiceState":{"Type":"Choice","Choices":[{"Condition":"{% $states.input.condition %}","Next":"ConditionTrue","Output":"Condition Output block"}],
                "Default":"DefaultState","Output":"Default Output block"},
              "ConditionTrue":{"Type":"Pass","End":true},
              "DefaultState":{"Type":"Fail","Cause":"Condition is false"}}}
            """;
        var result = await new AslHarness().Run(Definition, input);
        Assert.Equal(["ChoiceState", next], result.StateNames);
        var exited = result.Events.Single(e => e.Type == "ChoiceStateExited");
        Assert.Equal(expectedOutput, AslJson.Serialize(exited.Output));
    }

    /// <summary>assign CHOICE_CONDITION_JSONATA, run with both inputs: the matching rule's Assign, or the state's own on Default.</summary>
    [Theory]
    [InlineData("""{"condition":true}""", """{"Assignment":"Condition assignment"}""")]
    [InlineData("""{"condition":false}""", """{"Assignment":"Default Assignment"}""")]
    public async Task ChoiceAssign_IsTheMatchingRulesOrTheStatesOnDefault(string input, string expected)
    {
        const string Definition = """
            {"QueryLanguage":"JSONata","StartAt":"ChoiceState","States":{
              "ChoiceState":{"Type":"Choice","Choices":[{"Condition":"{% $states.input.condition %}","Next":"ConditionTrue","Assign":{"Assignment":"Condition assignment"}}],
                "Default":"DefaultState","Assign":{"Assignment":"Default Assignment"}},
              "ConditionTrue":{"Type":"Pass","End":true},
              "DefaultState":{"Type":"Fail","Cause":"Condition is false"}}}
            """;
        var result = await new AslHarness().Run(Definition, input);
        var exited = result.Events.Single(e => e.Type == "ChoiceStateExited");
        Assert.Equal(expected, AslJson.Serialize(exited.AssignedVariables));
    }

    /// <summary>
    /// assign BASE_UNDEFINED_*: an expression that yields nothing fails the state with States.QueryEvaluationError naming the expression
    /// and the field; the causes are AWS's as quoted in floci-io/floci issue #2665 (real AWS executions).
    /// </summary>
    [Theory]
    [InlineData("BASE_UNDEFINED_OUTPUT_FIELD",
        """{"StartAt":"State0","QueryLanguage":"JSONata","States":{"State0":{"Type":"Pass","Output":{"result":"{% $doesNotExist %}"},"End":true}}}""",
        "An error occurred while executing the state 'State0' (entered at the event id #2). The JSONata expression '$doesNotExist' specified for the field 'Output/result' returned nothing (undefined).")]
    [InlineData("BASE_UNDEFINED_OUTPUT",
        """{"StartAt":"State0","QueryLanguage":"JSONata","States":{"State0":{"Type":"Pass","Output":"{% $doesNotExist %}","End":true}}}""",
        "An error occurred while executing the state 'State0' (entered at the event id #2). The JSONata expression '$doesNotExist' specified for the field 'Output' returned nothing (undefined).")]
    [InlineData("BASE_UNDEFINED_ASSIGN",
        """{"StartAt":"State0","QueryLanguage":"JSONata","States":{"State0":{"Type":"Pass","Assign":{"result":"{% $doesNotExist %}"},"End":true}}}""",
        "An error occurred while executing the state 'State0' (entered at the event id #2). The JSONata expression '$doesNotExist' specified for the field 'Assign/result' returned nothing (undefined).")]
    [InlineData("BASE_UNDEFINED_ARGUMENTS_FIELD",
        """{"StartAt":"State0","QueryLanguage":"JSONata","States":{"State0":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","Arguments":{"FunctionName":"{% $doesNotExist %}"},"End":true}}}""",
        "An error occurred while executing the state 'State0' (entered at the event id #2). The JSONata expression '$doesNotExist' specified for the field 'Arguments/FunctionName' returned nothing (undefined).")]
    [InlineData("floci #2665 output-a-b: nested objects are named by their path",
        """{"StartAt":"E","QueryLanguage":"JSONata","States":{"E":{"Type":"Pass","Output":{"a":{"b":"{% $states.input.missing %}"}},"End":true}}}""",
        "An error occurred while executing the state 'E' (entered at the event id #2). The JSONata expression '$states.input.missing' specified for the field 'Output/a/b' returned nothing (undefined).")]
    public async Task UndefinedResult_FailsWithQueryEvaluationError(string recording, string definition, string cause)
    {
        var (error, actual) = await new AslHarness().Function("identity", p => p).Failure(definition);
        Assert.Equal("States.QueryEvaluationError", error);
        Assert.True(cause == actual, $"{recording}: {actual}");
    }
}
