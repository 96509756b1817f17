namespace ActivityAware.Local.Tests.Asl.Conformance;

/// <summary>
/// Intrinsic functions as AWS Step Functions was recorded evaluating them: LocalStack's AWS-validated snapshots under
/// tests/aws/services/stepfunctions/v2/intrinsic_functions/ (each case names the snapshot file and test). The recordings run a
/// one-state Pass machine whose Parameters set <c>FunctionResult.$</c> to the call over <c>$.FunctionInput</c>; these cases keep
/// the call and the input and compare the value.
/// </summary>
public class AwsRecordedIntrinsicTests
{
    private static Task<string> Eval(string call, string functionInput) =>
        new AslHarness().Output(
            AslHarness.PassMachine($"\"Parameters\":{{\"FunctionResult.$\":{System.Text.Json.JsonSerializer.Serialize(call)}}},\"OutputPath\":\"$.FunctionResult\""),
            $"{{\"FunctionInput\":{functionInput}}}");

    [Theory]
    // test_array.snapshot.json
    [InlineData("test_array.snapshot.json, test_array_0", "States.Array()", "\"HelloWorld\"", "[]")]
    [InlineData("test_array.snapshot.json, test_array_2", "States.Array($.FunctionInput.fst, $.FunctionInput.snd)", """{"fst":"","snd":""}""", """["",""]""")]
    [InlineData("test_array.snapshot.json, test_array_2", "States.Array($.FunctionInput.fst, $.FunctionInput.snd)", """{"fst":1.1,"snd":1.1}""", "[1.1,1.1]")]
    [InlineData("test_array.snapshot.json, test_array_2", "States.Array($.FunctionInput.fst, $.FunctionInput.snd)", """{"fst":null,"snd":null}""", "[null,null]")]
    [InlineData("test_array.snapshot.json, test_array_range", "States.ArrayRange($.FunctionInput.fst, $.FunctionInput.snd, $.FunctionInput.trd)", """{"fst":0,"snd":9,"trd":3}""", "[0,3,6,9]")]
    [InlineData("test_array.snapshot.json, test_array_range", "States.ArrayRange($.FunctionInput.fst, $.FunctionInput.snd, $.FunctionInput.trd)", """{"fst":0,"snd":10,"trd":3}""", "[0,3,6,9]")]
    [InlineData("test_array.snapshot.json, test_array_range", "States.ArrayRange($.FunctionInput.fst, $.FunctionInput.snd, $.FunctionInput.trd)", """{"fst":1,"snd":9,"trd":9}""", "[1]")]
    [InlineData("test_array.snapshot.json, test_array_range", "States.ArrayRange($.FunctionInput.fst, $.FunctionInput.snd, $.FunctionInput.trd)", """{"fst":1,"snd":9,"trd":2}""", "[1,3,5,7,9]")]
    [InlineData("test_array.snapshot.json, test_array_get_item", "States.ArrayGetItem($.FunctionInput.fst, $.FunctionInput.snd)", """{"fst":[1,2,3,4,5,6,7,8,9],"snd":5}""", "6")]
    [InlineData("test_array.snapshot.json, test_array_length", "States.ArrayLength($.FunctionInput)", "[1,2,3,4,5,6,7,8,9]", "9")]
    [InlineData("test_array.snapshot.json, test_array_unique (runs ArrayLength)", "States.ArrayLength($.FunctionInput)",
        """[null,null,true,true,false,false,1,1,1.1,0,0,"HelloWorld","HelloWorld",[],[],[null],[null],{"a":1,"b":2},{"a":1,"b":2},{"a":1,"b":1}]""", "20")]
    // test_generic.snapshot.json
    [InlineData("test_generic.snapshot.json, test_format_1", "States.Format('Formatting argument {}.', $.FunctionInput)", "\"\"", "\"Formatting argument .\"")]
    [InlineData("test_generic.snapshot.json, test_format_1", "States.Format('Formatting argument {}.', $.FunctionInput)", "null", "\"Formatting argument null.\"")]
    [InlineData("test_generic.snapshot.json, test_format_1", "States.Format('Formatting argument {}.', $.FunctionInput)", "1.1", "\"Formatting argument 1.1.\"")]
    [InlineData("test_generic.snapshot.json, test_format_1", "States.Format('Formatting argument {}.', $.FunctionInput)", """ "{\"Arg1\": 1, \"Arg2\": []}" """,
        """ "Formatting argument {\"Arg1\": 1, \"Arg2\": []}." """)]
    [InlineData("test_generic.snapshot.json, test_format_2", "States.Format('Formatting arguments fst={} and snd={}.', $.FunctionInput.fst, $.FunctionInput.snd)",
        """{"fst":1,"snd":1}""", "\"Formatting arguments fst=1 and snd=1.\"")]
    [InlineData("test_generic.snapshot.json, test_format_2: an object prints as Java's Map.toString", "States.Format('Formatting arguments fst={} and snd={}.', $.FunctionInput.fst, $.FunctionInput.snd)",
        """{"fst":{"Arg1":1,"Arg2":[]},"snd":{"Arg1":1,"Arg2":[]}}""", "\"Formatting arguments fst={Arg1=1, Arg2=[]} and snd={Arg1=1, Arg2=[]}.\"")]
    [InlineData("test_generic.snapshot.json, test_context_json_path: a context object prints as a Map", "States.Format('{}', $$.StateMachine)", "null",
        "\"{Id=arn:aws:states:us-east-1:123456789012:stateMachine:test-machine, Name=test-machine}\"")]
    [InlineData("test_generic.snapshot.json, test_nested_calls_2 (the last '-' part of the machine name)",
        "States.ArrayGetItem(States.StringSplit($$.StateMachine.Name, '-'), States.MathAdd(States.ArrayLength(States.StringSplit($$.StateMachine.Name, '-')), -1))", "null", "\"machine\"")]
    [InlineData("test_generic.snapshot.json, test_escape_sequence: a raw newline inside a string literal", "States.StringSplit('Hello\nWorld', '\n')", "null", """["Hello","World"]""")]
    // test_math_operations.snapshot.json, test_math_add: arguments are rounded as Java's Math.round (halves up) before adding
    [InlineData("test_math_operations.snapshot.json, test_math_add", "States.MathAdd($.FunctionInput.fst, $.FunctionInput.snd)", """{"fst":-9,"snd":3}""", "-6")]
    [InlineData("test_math_operations.snapshot.json, test_math_add", "States.MathAdd($.FunctionInput.fst, $.FunctionInput.snd)", """{"fst":1.49,"snd":1.5}""", "3")]
    [InlineData("test_math_operations.snapshot.json, test_math_add", "States.MathAdd($.FunctionInput.fst, $.FunctionInput.snd)", """{"fst":1.5,"snd":1.51}""", "4")]
    [InlineData("test_math_operations.snapshot.json, test_math_add", "States.MathAdd($.FunctionInput.fst, $.FunctionInput.snd)", """{"fst":-1.49,"snd":-1.5}""", "-2")]
    [InlineData("test_math_operations.snapshot.json, test_math_add", "States.MathAdd($.FunctionInput.fst, $.FunctionInput.snd)", """{"fst":-0.5,"snd":0}""", "0")]
    [InlineData("test_math_operations.snapshot.json, test_math_add", "States.MathAdd($.FunctionInput.fst, $.FunctionInput.snd)", """{"fst":-1.5,"snd":0}""", "-1")]
    [InlineData("test_math_operations.snapshot.json, test_math_add", "States.MathAdd($.FunctionInput.fst, $.FunctionInput.snd)", """{"fst":-2.5,"snd":0}""", "-2")]
    [InlineData("test_math_operations.snapshot.json, test_math_add", "States.MathAdd($.FunctionInput.fst, $.FunctionInput.snd)", """{"fst":-3.5,"snd":0}""", "-3")]
    // test_json_manipulation.snapshot.json
    [InlineData("test_json_manipulation.snapshot.json, test_string_to_json: an empty string parses to null", "States.StringToJson($.FunctionInput)", "\"\"", "null")]
    [InlineData("test_json_manipulation.snapshot.json, test_string_to_json: a blank string parses to null", "States.StringToJson($.FunctionInput)", "\" \"", "null")]
    [InlineData("test_json_manipulation.snapshot.json, test_string_to_json", "States.StringToJson($.FunctionInput)", "\"null\"", "null")]
    [InlineData("test_json_manipulation.snapshot.json, test_string_to_json: -0 is 0", "States.StringToJson($.FunctionInput)", "\"-0\"", "0")]
    [InlineData("test_json_manipulation.snapshot.json, test_string_to_json", "States.StringToJson($.FunctionInput)", "\"1.1\"", "1.1")]
    [InlineData("test_json_manipulation.snapshot.json, test_string_to_json", "States.StringToJson($.FunctionInput)", "\"true\"", "true")]
    [InlineData("test_json_manipulation.snapshot.json, test_string_to_json", "States.StringToJson($.FunctionInput)", """ "\"HelloWorld\"" """, "\"HelloWorld\"")]
    [InlineData("test_json_manipulation.snapshot.json, test_string_to_json", "States.StringToJson($.FunctionInput)", """ "[1, 2, \"HelloWorld\"]" """, """[1,2,"HelloWorld"]""")]
    [InlineData("test_json_manipulation.snapshot.json, test_json_to_string", "States.JsonToString($.FunctionInput)", "0", "\"0\"")]
    [InlineData("test_json_manipulation.snapshot.json, test_json_to_string", "States.JsonToString($.FunctionInput)", "1.1", "\"1.1\"")]
    [InlineData("test_json_manipulation.snapshot.json, test_json_to_string", "States.JsonToString($.FunctionInput)", "true", "\"true\"")]
    [InlineData("test_json_manipulation.snapshot.json, test_json_to_string", "States.JsonToString($.FunctionInput)", "\"HelloWorld\"", """ "\"HelloWorld\"" """)]
    [InlineData("test_json_manipulation.snapshot.json, test_json_to_string: compact", "States.JsonToString($.FunctionInput)", """[1, 2, "HelloWorld"]""", """ "[1,2,\"HelloWorld\"]" """)]
    [InlineData("test_json_manipulation.snapshot.json, test_json_to_string: compact", "States.JsonToString($.FunctionInput)", """{"Arg1": 1, "Arg2": []}""", """ "{\"Arg1\":1,\"Arg2\":[]}" """)]
    [InlineData("test_json_manipulation.snapshot.json, test_json_merge: shallow, the second wins", "States.JsonMerge($.FunctionInput.fst, $.FunctionInput.snd, false)",
        """{"fst":{"a":{"a1":1,"a2":2},"b":2,"d":3},"snd":{"a":{"a3":1,"a4":2},"c":3,"d":4}}""", """{"a":{"a3":1,"a4":2},"b":2,"d":4,"c":3}""")]
    // test_string_operations.snapshot.json, test_hash_calculations.snapshot.json, test_encode_decode.snapshot.json
    [InlineData("test_string_operations.snapshot.json, test_string_split", "States.StringSplit($.FunctionInput.fst, $.FunctionInput.snd)", """{"fst":"1,2,3,4,5","snd":","}""", """["1","2","3","4","5"]""")]
    [InlineData("test_string_operations.snapshot.json, test_string_split: each character splits", "States.StringSplit($.FunctionInput.fst, $.FunctionInput.snd)",
        """{"fst":"This.is+a,test=string","snd":".+,="}""", """["This","is","a","test","string"]""")]
    [InlineData("test_hash_calculations.snapshot.json, test_hash", "States.Hash($.FunctionInput.fst, $.FunctionInput.snd)", """{"fst":"input data","snd":"MD5"}""", "\"812f45842bc6d66ee14572ce20db8e86\"")]
    [InlineData("test_hash_calculations.snapshot.json, test_hash", "States.Hash($.FunctionInput.fst, $.FunctionInput.snd)", """{"fst":"input data","snd":"SHA-256"}""",
        "\"b4a697a057313163aee33cd8d40c66e9f0f177e00cac2de32475ffff6169c3e3\"")]
    [InlineData("test_hash_calculations.snapshot.json, test_hash", "States.Hash($.FunctionInput.fst, $.FunctionInput.snd)", """{"fst":"input data","snd":"SHA-384"}""",
        "\"d28a7d5cf25a74f11a50a18452b75e04bb3d70c9dd0510d6123aa008c756511b87525bdc835ebb27e1fb9e9374a15562\"")]
    [InlineData("test_encode_decode.snapshot.json, test_base_64_encode: the empty string", "States.Base64Encode($.FunctionInput)", "\"\"", "\"\"")]
    [InlineData("test_encode_decode.snapshot.json, test_base_64_encode", "States.Base64Encode($.FunctionInput)", "\"Data to encode\"", "\"RGF0YSB0byBlbmNvZGU=\"")]
    [InlineData("test_encode_decode.snapshot.json, test_base_64_decode: the empty string", "States.Base64Decode($.FunctionInput)", "\"\"", "\"\"")]
    public async Task Call_ReturnsWhatAwsRecorded(string recording, string call, string functionInput, string expected)
    {
        var output = await Eval(call, functionInput.Trim());
        Assert.True(expected.Trim() == output, $"AWS recording: localstack v2/intrinsic_functions/{recording}: expected {expected.Trim()} but got {output}");
    }

    /// <summary>AWS recording: localstack v2/intrinsic_functions/test_json_manipulation.snapshot.json, test_json_merge_escaped_argument.</summary>
    [Fact]
    public async Task JsonMerge_OfAParsedLiteralAndAContextPath_MergesShallowly()
    {
        const string machine = """
            {"StartAt":"StartState","States":{"StartState":{"Type":"Pass","ResultPath":"$.result_path",
              "Parameters":{"merged.$":"States.JsonMerge(States.StringToJson('{\"constant_in_literal\": \"false\"}'), $$.Execution.Input.input_field, false)"},
              "OutputPath":"$.result_path.merged","End":true}}}
            """;
        var output = await new AslHarness().Output(machine, """{"input_field":{"constant_input_field":"constant_value"}}""");
        Assert.Equal("""{"constant_in_literal":"false","constant_input_field":"constant_value"}""", output);
    }
}
