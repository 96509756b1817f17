using System.Text.Json.Nodes;

namespace ActivityAware.Local.Tests.Asl.Conformance;

/// <summary>
/// Choice comparison operators as AWS Step Functions was recorded evaluating them: LocalStack's AWS-validated snapshots under
/// tests/aws/services/stepfunctions/v2/choice_operators/. Each recording runs one Choice rule
/// <c>{"Variable":"$.Variable", OP: VALUE, "Next":"True"}</c> with a Default, VALUE a literal or (for *Path operators) <c>"$.Value"</c>,
/// and records which branch ran. A value of the wrong type never fails the execution: the rule is simply false.
/// </summary>
public class AwsRecordedChoiceTests
{
    private static async Task<bool> Chooses(string op, string variable, string value)
    {
        var literal = op.EndsWith("Path", StringComparison.Ordinal) ? "\"$.Value\"" : value;
        var machine = """
            {"StartAt":"C","States":{
              "C":{"Type":"Choice","Choices":[{"Variable":"$.Variable","OP":VALUE,"Next":"True"}],"Default":"False"},
              "True":{"Type":"Pass","Result":true,"End":true},
              "False":{"Type":"Pass","Result":false,"End":true}}}
            """.Replace("OP", op, StringComparison.Ordinal).Replace("VALUE", literal, StringComparison.Ordinal);
        var input = new JsonObject { ["Variable"] = JsonNode.Parse(variable), ["Value"] = JsonNode.Parse(value) };
        return bool.Parse(await new AslHarness().Output(machine, input.ToJsonString()));
    }

    [Theory]
    // test_string_operators.snapshot.json
    [InlineData("test_string_equals", "StringEquals", "null", "\"HelloWorld\"", false)]
    [InlineData("test_string_equals", "StringEquals", "0", "\"HelloWorld\"", false)]
    [InlineData("test_string_equals", "StringEquals", "[\"\"]", "\"HelloWorld\"", false)]
    [InlineData("test_string_equals", "StringEquals", "{\"A\":0}", "\"HelloWorld\"", false)]
    [InlineData("test_string_equals", "StringEquals", "true", "\"HelloWorld\"", false)]
    [InlineData("test_string_equals", "StringEquals", "\" \"", "\"     \"", false)]
    [InlineData("test_string_equals", "StringEquals", "\"\\t\\n\"", "\"\\t\\r\\n\"", false)]
    [InlineData("test_string_equals", "StringEquals", "\"Hello\"", "\"Hello\"", true)]
    [InlineData("test_string_equals_path", "StringEqualsPath", "\"Hello\"", "\"Hello\"", true)]
    [InlineData("test_string_equals_path", "StringEqualsPath", "\" \"", "\"     \"", false)]
    [InlineData("test_string_greater_than", "StringGreaterThan", "\"\"", "\"\"", false)]
    [InlineData("test_string_greater_than", "StringGreaterThan", "\"A\"", "\"A \"", false)]
    [InlineData("test_string_greater_than", "StringGreaterThan", "\"A\"", "\"A\\t\\n\\r\"", false)]
    [InlineData("test_string_greater_than", "StringGreaterThan", "\"AB\"", "\"ABC\"", false)]
    [InlineData("test_string_greater_than_path", "StringGreaterThanPath", "\"AB\"", "\"ABC\"", false)]
    [InlineData("test_string_greater_than_equals", "StringGreaterThanEquals", "\"\"", "\"\"", true)]
    [InlineData("test_string_greater_than_equals", "StringGreaterThanEquals", "\"A\"", "\"AB\"", false)]
    [InlineData("test_string_greater_than_equals", "StringGreaterThanEquals", "\"AB\"", "\"A\"", true)]
    [InlineData("test_string_greater_than_equals_path", "StringGreaterThanEqualsPath", "\"AB\"", "\"A\"", true)]
    [InlineData("test_string_less_than", "StringLessThan", "\"\"", "\"\"", false)]
    [InlineData("test_string_less_than", "StringLessThan", "\"A\"", "\"AB\"", true)]
    [InlineData("test_string_less_than_path", "StringLessThanPath", "\"AB\"", "\"A\"", false)]
    [InlineData("test_string_less_than_equals", "StringLessThanEquals", "\"\"", "\"\"", true)]
    [InlineData("test_string_less_than_equals_path", "StringLessThanEqualsPath", "\"A\"", "\"AB\"", true)]
    // test_numeric.snapshot.json
    [InlineData("test_numeric_equals", "NumericEquals", "null", "0", false)]
    [InlineData("test_numeric_equals", "NumericEquals", "\"\"", "0", false)]
    [InlineData("test_numeric_equals", "NumericEquals", "[]", "0", false)]
    [InlineData("test_numeric_equals", "NumericEquals", "{}", "0", false)]
    [InlineData("test_numeric_equals", "NumericEquals", "false", "0", false)]
    [InlineData("test_numeric_equals", "NumericEquals", "true", "1", false)]
    [InlineData("test_numeric_equals", "NumericEquals", "0", "0.0", true)]
    [InlineData("test_numeric_equals", "NumericEquals", "0.0", "0", true)]
    [InlineData("test_numeric_equals", "NumericEquals", "1", "1.0", true)]
    [InlineData("test_numeric_equals", "NumericEquals", "1.1", "1", false)]
    [InlineData("test_numeric_equals", "NumericEquals", "2.22", "2.22", true)]
    [InlineData("test_numeric_equals_path", "NumericEqualsPath", "null", "0", false)]
    [InlineData("test_numeric_equals_path", "NumericEqualsPath", "\" \"", "1.0", false)]
    [InlineData("test_numeric_equals_path", "NumericEqualsPath", "1", "1.0", true)]
    // test_is_operators.snapshot.json
    [InlineData("test_is_boolean", "IsBoolean", "null", "false", true)]
    [InlineData("test_is_boolean", "IsBoolean", "0", "true", false)]
    [InlineData("test_is_boolean", "IsBoolean", "false", "true", true)]
    [InlineData("test_is_boolean", "IsBoolean", "false", "false", false)]
    [InlineData("test_is_null", "IsNull", "null", "true", true)]
    [InlineData("test_is_null", "IsNull", "\"\"", "true", false)]
    [InlineData("test_is_null", "IsNull", "false", "false", true)]
    [InlineData("test_is_numeric", "IsNumeric", "null", "true", false)]
    [InlineData("test_is_numeric", "IsNumeric", "0.0", "true", true)]
    [InlineData("test_is_numeric", "IsNumeric", "1", "false", false)]
    [InlineData("test_is_present: null is present", "IsPresent", "null", "true", true)]
    [InlineData("test_is_present", "IsPresent", "[]", "false", false)]
    [InlineData("test_is_string", "IsString", "\"\"", "true", true)]
    [InlineData("test_is_string", "IsString", "\"2012-10-09T19:00:55\"", "true", true)]
    [InlineData("test_is_string", "IsString", "{\"A\":0}", "true", false)]
    [InlineData("test_is_string", "IsString", "true", "false", true)]
    // test_timestamp_operators.snapshot.json: a non-timestamp is no match, whatever its type
    [InlineData("test_timestamp_equals", "TimestampEquals", "null", "\"2016-08-18T17:33:00Z\"", false)]
    [InlineData("test_timestamp_equals", "TimestampEquals", "1.1", "\"2016-08-18T17:33:00Z\"", false)]
    [InlineData("test_timestamp_equals", "TimestampEquals", "\" \"", "\"2016-08-18T17:33:00Z\"", false)]
    [InlineData("test_timestamp_equals", "TimestampEquals", "\"2023-02-24 12:15:56.832957\"", "\"2016-08-18T17:33:00Z\"", false)]
    [InlineData("test_timestamp_equals", "TimestampEquals", "[]", "\"2016-08-18T17:33:00Z\"", false)]
    [InlineData("test_timestamp_equals", "TimestampEquals", "false", "\"2016-08-18T17:33:00Z\"", false)]
    public async Task Rule_ChoosesWhatAwsRecorded(string recording, string op, string variable, string value, bool expected)
    {
        Assert.True(expected == await Chooses(op, variable, value),
            $"AWS recording: localstack v2/choice_operators, {recording}: {op} with Variable {variable} and {value} should be {expected}");
    }
}
