using ActivityAware.Local.Asl;

namespace ActivityAware.Local.Tests.Asl.Conformance;

/// <summary>
/// Fail and Pass states and null paths as AWS Step Functions was recorded running them: LocalStack's AWS-validated snapshot
/// v2/base/test_base.snapshot.json (each case names the test).
/// </summary>
public class AwsRecordedStateTests
{
    /// <summary>AWS recording: localstack v2/base/test_base.snapshot.json, test_state_fail, test_state_fail_path, test_state_fail_intrinsic, test_state_fail_empty.</summary>
    [Theory]
    [InlineData("test_state_fail", "\"Error\":\"SomeFailure\",\"Cause\":\"This state machines raises a 'SomeFailure' failure.\"", "SomeFailure", "This state machines raises a 'SomeFailure' failure.")]
    [InlineData("test_state_fail_path", "\"ErrorPath\":\"$.Error\",\"CausePath\":\"$.Cause\"", "error string", "cause string")]
    [InlineData("test_state_fail_intrinsic", "\"ErrorPath\":\"$.Error\",\"CausePath\":\"States.Format('This is a custom error message for {}, caused by {}.', $.Error, $.Cause)\"",
        "error string", "This is a custom error message for error string, caused by cause string.")]
    [InlineData("test_state_fail_empty", "\"Comment\":\"no error, no cause\"", null, null)]
    public async Task FailState_FailsAsRecorded(string recording, string fields, string? expectedError, string? expectedCause)
    {
        var machine = "{\"StartAt\":\"FailState\",\"States\":{\"FailState\":{\"Type\":\"Fail\"," + fields + "}}}";
        var (error, cause) = await new AslHarness().Failure(machine, """{"Error":"error string","Cause":"cause string"}""");
        Assert.True((expectedError, expectedCause) == (error, cause), $"{recording}: got {error}: {cause}");
    }

    /// <summary>AWS recording: localstack v2/base/test_base.snapshot.json, test_state_pass_result_jsonpaths: a Pass state's Result is a literal, ".$" keys and all.</summary>
    [Fact]
    public async Task PassResult_KeysEndingInDollar_StayLiteral()
    {
        var output = await new AslHarness().Output("""{"StartAt":"State_1","States":{"State_1":{"Type":"Pass","Result":{"unsupported1.$":"$.jsonpath","unsupported2.$":"$$"},"End":true}}}""");
        Assert.Equal("""{"unsupported1.$":"$.jsonpath","unsupported2.$":"$$"}""", output);
    }

    /// <summary>AWS recording: localstack v2/base/test_base.snapshot.json, test_state_pass_result_null_input_output_paths (InputPath null gives {}, OutputPath null gives {}).</summary>
    [Fact]
    public async Task NullInputAndOutputPaths_GiveEmptyObjects()
    {
        var machine = """
            {"StartAt":"State0","States":{
              "State0":{"Type":"Pass","Parameters":{"Arg1":"argument1","FromInput.$":"$"},"Next":"State1"},
              "State1":{"Type":"Pass","InputPath":null,"Parameters":{"Arg2":"argument2","FromInput.$":"$"},"Next":"State2"},
              "State2":{"Type":"Pass","OutputPath":null,"End":true}}}
            """;
        var result = await new AslHarness().Run(machine, """{"InputValue":0}""");
        Assert.Equal("{}", AslJson.Serialize(result.Output));
        Assert.Equal("""{"Arg2":"argument2","FromInput":{}}""", AslJson.Serialize(result.Events.Single(e => e.Type == "PassStateExited" && e.StateName == "State1").Output));
    }

    /// <summary>AWS recording: localstack v2/base/test_base.snapshot.json, test_state_pass_regex_json_path_base (a filter in Parameters gives the matching elements).</summary>
    [Fact]
    public async Task FilterInParameters_SelectsTheMatchingElements()
    {
        var output = await new AslHarness().Output("""{"StartAt":"State0","States":{"State0":{"Type":"Pass","Parameters":{"FromInput.$":"$.users[?(@.status == 0)]"},"End":true}}}""",
            """{"users":[{"year":1997,"status":0},{"year":1998,"status":1}]}""");
        Assert.Equal("""{"FromInput":[{"year":1997,"status":0}]}""", output);
    }
}
