using ActivityAware.Local.Asl.Definition;

namespace ActivityAware.Local.Tests.Asl;

public class DefinitionLoaderTests
{
    private const string Pass = """{"Type":"Pass","End":true}""";

    public static TheoryData<string, string, string> InvalidDefinitions => new()
    {
        { "unknown query language at the top", """{"QueryLanguage":"jsonata","StartAt":"A","States":{"A":""" + Pass + "}}", "Field 'QueryLanguage': Value should be one of the following: [JSONPath, JSONata]" },
        { "JSONPath state in a JSONata machine", """{"QueryLanguage":"JSONata","StartAt":"A","States":{"A":{"Type":"Pass","QueryLanguage":"JSONPath","End":true}}}""", "State 'A' field 'QueryLanguage': 'QueryLanguage' can not be 'JSONPath'" },
        { "unknown top field", """{"StartAt":"A","Foo":1,"States":{"A":""" + Pass + "}}", "Field 'Foo': unknown top-level field" },
        { "StartAt missing state", """{"StartAt":"B","States":{"A":""" + Pass + "}}", "'B' is not a state of this graph" },
        { "unknown type", """{"StartAt":"A","States":{"A":{"Type":"Sleep","End":true}}}""", "State 'A' field 'Type': unknown state type 'Sleep'" },
        { "numeric type", """{"StartAt":"A","States":{"A":{"Type":"-0","End":true}}}""", "unknown state type '-0'" },
        { "lowercase type", """{"StartAt":"A","States":{"A":{"Type":"pass","End":true}}}""", "unknown state type 'pass'" },
        { "missing Next and End", """{"StartAt":"A","States":{"A":{"Type":"Pass"}}}""", "State 'A' field 'Next/End'" },
        { "Next and End", """{"StartAt":"A","States":{"A":{"Type":"Pass","Next":"A","End":true}}}""", "Next and End cannot both be given" },
        { "Next to missing state", """{"StartAt":"A","States":{"A":{"Type":"Pass","Next":"Nope"}}}""", "State 'A' field 'Next': transition to 'Nope'" },
        { "unreachable state", """{"StartAt":"A","States":{"A":""" + Pass + ""","B":""" + Pass + "}}", "State 'B' field 'States': the state is not reachable" },
        { "field of another type", """{"StartAt":"A","States":{"A":{"Type":"Pass","Resource":"x","End":true}}}""", "State 'A' field 'Resource': is not a field of a Pass state" },
        { "misspelt field", """{"StartAt":"A","States":{"A":{"Type":"Pass","ResultPth":"$","End":true}}}""", "field 'ResultPth'" },
        { "Assign with a bad variable name", """{"StartAt":"A","States":{"A":{"Type":"Pass","Assign":{"1x":1},"End":true}}}""", "State 'A' field 'Assign': '1x': '1x' is not a valid variable name" },
        { "bad InputPath", """{"StartAt":"A","States":{"A":{"Type":"Pass","InputPath":"$.a[","End":true}}}""", "State 'A' field 'InputPath': Invalid JSONPath" },
        { "ResultPath not a reference path", """{"StartAt":"A","States":{"A":{"Type":"Pass","ResultPath":"$.a[*]","End":true}}}""", "must be a reference path" },
        { "bad intrinsic in Parameters", """{"StartAt":"A","States":{"A":{"Type":"Pass","Parameters":{"x.$":"States.Nope()"},"End":true}}}""", "State 'A' field 'Parameters': 'x.$': Invalid intrinsic function" },
        { "Task without Resource", """{"StartAt":"A","States":{"A":{"Type":"Task","End":true}}}""", "State 'A' field 'Resource': is required" },
        { "States.ALL not last", """{"StartAt":"A","States":{"A":{"Type":"Task","Resource":"r","Retry":[{"ErrorEquals":["States.ALL"]},{"ErrorEquals":["X"]}],"End":true}}}""", "field 'Retry[0].ErrorEquals': States.ALL must appear alone" },
        { "States.ALL not alone", """{"StartAt":"A","States":{"A":{"Type":"Task","Resource":"r","Retry":[{"ErrorEquals":["States.ALL","X"]}],"End":true}}}""", "States.ALL must appear alone" },
        { "BackoffRate below 1", """{"StartAt":"A","States":{"A":{"Type":"Task","Resource":"r","Retry":[{"ErrorEquals":["X"],"BackoffRate":0.5}],"End":true}}}""", "Retry[0].BackoffRate" },
        { "bad JitterStrategy", """{"StartAt":"A","States":{"A":{"Type":"Task","Resource":"r","Retry":[{"ErrorEquals":["X"],"JitterStrategy":"HALF"}],"End":true}}}""", "must be FULL or NONE" },
        { "negative MaxAttempts", """{"StartAt":"A","States":{"A":{"Type":"Task","Resource":"r","Retry":[{"ErrorEquals":["X"],"MaxAttempts":-1}],"End":true}}}""", "Retry[0].MaxAttempts" },
        { "Catch without Next", """{"StartAt":"A","States":{"A":{"Type":"Task","Resource":"r","Catch":[{"ErrorEquals":["X"]}],"End":true}}}""", "Catch[0].Next" },
        { "Choice without Choices", """{"StartAt":"A","States":{"A":{"Type":"Choice"}}}""", "non-empty Choices" },
        { "Choice rule with two operators", """{"StartAt":"A","States":{"A":{"Type":"Choice","Choices":[{"Variable":"$.a","StringEquals":"x","IsNull":true,"Next":"A"}]}}}""", "exactly one comparison operator" },
        { "Choice operand type", """{"StartAt":"A","States":{"A":{"Type":"Choice","Choices":[{"Variable":"$.a","NumericEquals":"1","Next":"A"}]}}}""", "Choices[0].NumericEquals': must be a number" },
        { "Choice bad timestamp", """{"StartAt":"A","States":{"A":{"Type":"Choice","Choices":[{"Variable":"$.a","TimestampEquals":"yesterday","Next":"A"}]}}}""", "RFC 3339" },
        { "nested rule with Next", """{"StartAt":"A","States":{"A":{"Type":"Choice","Choices":[{"Not":{"Variable":"$.a","IsNull":true,"Next":"A"},"Next":"A"}]}}}""", "Next is only allowed on top-level" },
        { "Wait with two forms", """{"StartAt":"A","States":{"A":{"Type":"Wait","Seconds":1,"SecondsPath":"$.s","End":true}}}""", "only one of Seconds, SecondsPath" },
        { "Map without processor", """{"StartAt":"A","States":{"A":{"Type":"Map","End":true}}}""", "one of ItemProcessor, Iterator is required" },
        { "Map distributed without ExecutionType", """{"StartAt":"A","States":{"A":{"Type":"Map","ItemProcessor":{"ProcessorConfig":{"Mode":"DISTRIBUTED"},"StartAt":"B","States":{"B":""" + Pass + "}},\"End\":true}}}", "field 'ItemProcessor.ProcessorConfig.ExecutionType': is required when Mode is DISTRIBUTED" },
        { "Map nested transition out", """{"StartAt":"A","States":{"A":{"Type":"Map","ItemProcessor":{"StartAt":"B","States":{"B":{"Type":"Pass","Next":"A"}}},"End":true}}}""", "State 'B' field 'Next': transition to 'A'" },
        { "name reused in a Map processor", """{"StartAt":"A","States":{"A":{"Type":"Map","ItemProcessor":{"StartAt":"A","States":{"A":""" + Pass + "}},\"End\":true}}}", "State 'A' field 'States': state names must be unique" },
        { "name reused across Parallel branches", """{"StartAt":"P","States":{"P":{"Type":"Parallel","Branches":[{"StartAt":"B","States":{"B":""" + Pass + "}},{\"StartAt\":\"B\",\"States\":{\"B\":" + Pass + "}}],\"End\":true}}}", "State 'B' field 'States': state names must be unique" },
        { "no terminal state", """{"StartAt":"A","States":{"A":{"Type":"Pass","Next":"B"},"B":{"Type":"Pass","Next":"A"}}}""", "Field 'definition.States': no state ends the graph" },
        { "no terminal state in a branch", """{"StartAt":"P","States":{"P":{"Type":"Parallel","Branches":[{"StartAt":"W","States":{"W":{"Type":"Wait","Seconds":1,"Next":"W"}}}],"End":true}}}""", "no state ends the graph" },
        { "Parallel without branches", """{"StartAt":"A","States":{"A":{"Type":"Parallel","Branches":[],"End":true}}}""", "non-empty Branches" },
        { "not JSON", "{\"StartAt\":", "not valid JSON" },
    };

    [Theory]
    [MemberData(nameof(InvalidDefinitions))]
    public void Load_InvalidDefinition_FailsNamingStateAndField(string name, string json, string messagePart)
    {
        var e = Assert.Throws<AslDefinitionException>(() => StateMachineLoader.Load(json, "m", source: "m.asl.json"));
        Assert.Contains(messagePart, e.Message, StringComparison.Ordinal);
        Assert.StartsWith("m.asl.json: ", e.Message, StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(name));
    }

    [Fact]
    public void Load_Substitutions_ReplacePlaceholdersWithEscapedValues()
    {
        const string json = """{"StartAt":"A","States":{"A":{"Type":"Pass","Result":{"arn":"${FnArn}","q":"${Quote}"},"End":true}}}""";
        var definition = StateMachineLoader.Load(json, "m", new Dictionary<string, string> { ["FnArn"] = "arn:aws:lambda:x", ["Quote"] = "a\"b" });
        Assert.Equal("""{"arn":"arn:aws:lambda:x","q":"a\"b"}""", ActivityAware.Local.Asl.AslJson.Serialize(definition.Graph.States["A"].Result));
    }

    [Fact]
    public void Load_MissingSubstitution_FailsNamingKeyAndLine()
    {
        const string json = "{\"StartAt\":\"A\",\n\"States\":{\"A\":{\"Type\":\"Task\",\"Resource\":\"${MissingArn}\",\"End\":true}}}";
        var e = Assert.Throws<AslDefinitionException>(() => StateMachineLoader.Load(json, "m"));
        Assert.Contains("line 2: ${MissingArn} has no substitution", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadFile_Name_IsTheFileNameWithoutAslJson()
    {
        var definition = StateMachineLoader.LoadFile(ActivityAware.Testing.RepositoryRoot.Combine("tests", "fixtures", "asl", "alert-pipeline.asl.json"),
            new Dictionary<string, string> { ["NormalizeFunctionArn"] = "n", ["SendFunctionArn"] = "s", ["DeadLetterQueueUrl"] = "q" });
        Assert.Equal("alert-pipeline", definition.Name);
        Assert.Equal(["Normalize event", "Any match?", "No match", "Deliver", "Send", "Dead letter"], definition.AllStates().Select(s => s.Name));
    }

    [Fact]
    public void Load_ExplicitJsonPathQueryLanguage_IsAccepted()
    {
        var definition = StateMachineLoader.Load("""{"QueryLanguage":"JSONPath","StartAt":"A","States":{"A":""" + Pass + "}}", "m");
        Assert.Equal("A", definition.Graph.StartAt);
    }
}
