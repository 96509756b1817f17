using System.Text.Json.Nodes;
using ActivityAware.Local.Asl;

namespace ActivityAware.Local.Tests.Asl.Conformance;

/// <summary>
/// Workflow variables (JSONPath query language) as AWS ran them: each case is a definition of LocalStack's AWS-validated recordings
/// (localstack/localstack tests/aws/services/stepfunctions/v2/assign/test_assign_base and test_assign_reference_variables, with their
/// inputs), named after the recording; the expected output and assignments are the recorded ones.
/// </summary>
public class VariableRecordedConformanceTests
{
    /// <summary>LocalStack's BASE_ASSIGN_IN_CHOICE template, run with two inputs.</summary>
    private const string AssignInChoice = """
        {"StartAt":"CheckInputState","States":{
          "CheckInputState":{"Type":"Choice","Choices":[
            {"Variable":"$.input_value","IsPresent":false,"Assign":{"status":"UNKNOWN"},"Next":"FinalState"},
            {"Variable":"$.input_value","NumericEquals":42,"Assign":{"status":"CORRECT"},"Next":"FinalState"}],
            "Assign":{"status":"INCORRECT","guess.$":"$.input_value"},"Default":"FinalState"},
          "FinalState":{"Type":"Pass","Parameters":{"result.$":"$status"},"End":true}}}
        """;

    public static TheoryData<string, string, string, string> Outputs => new()
    {
        {
            "BASE_REFERENCE_IN_PARAMETERS: a plain \"$result\" stays text; \"result.$\": \"$result\" reads the variable",
            """
            {"StartAt":"State0","States":{
              "State0":{"Type":"Pass","Parameters":{"result":"$result"},"Assign":{"result":"foobar"},"Next":"State1"},
              "State1":{"Type":"Pass","ResultPath":"$.result","Parameters":{"result.$":"$result"},"End":true}}}
            """,
            "{}", """{"result":{"result":"foobar"}}"""
        },
        {
            "BASE_REFERENCE_IN_CHOICE: Variable and StringEqualsPath read variables; a later Pass reassigns one",
            """
            {"StartAt":"Setup","States":{
              "Setup":{"Type":"Pass","Assign":{"guess":"the_guess","answer":"the_answer"},"Next":"CheckAnswer"},
              "CheckAnswer":{"Type":"Choice","Choices":[{"Variable":"$guess","StringEqualsPath":"$answer","Next":"CorrectAnswer"}],"Default":"WrongAnswer"},
              "CorrectAnswer":{"Type":"Pass","Result":{"state":"CORRECT"},"End":true},
              "WrongAnswer":{"Type":"Pass","Assign":{"guess.$":"$answer"},"Result":{"state":"WRONG"},"Next":"CheckAnswer"}}}
            """,
            "{}", """{"state":"CORRECT"}"""
        },
        {
            "BASE_REFERENCE_IN_WAIT: SecondsPath and TimestampPath read variables",
            """
            {"StartAt":"Start","States":{
              "Start":{"Type":"Pass","Assign":{"waitTime":0,"startAt":"2024-11-06T09:42:03Z"},"Next":"WaitSecondsState"},
              "WaitSecondsState":{"Type":"Wait","SecondsPath":"$waitTime","Next":"WaitUntilState"},
              "WaitUntilState":{"Type":"Wait","TimestampPath":"$startAt","End":true}}}
            """,
            "{}", "{}"
        },
        {
            "BASE_REFERENCE_IN_INPUTPATH: InputPath reads a variable",
            """
            {"StartAt":"State0","States":{
              "State0":{"Type":"Pass","Assign":{"theAnswer":42},"Next":"State1"},
              "State1":{"Type":"Pass","InputPath":"$theAnswer","End":true}}}
            """,
            "{}", "42"
        },
        {
            "BASE_REFERENCE_IN_OUTPUTPATH: a Pass state's Assign reads its Result as $; OutputPath reads a variable",
            """
            {"StartAt":"State0","States":{
              "State0":{"Type":"Pass","Result":{"answer":42},"Assign":{"theAnswer.$":"$.answer"},"Next":"State1"},
              "State1":{"Type":"Pass","OutputPath":"$theAnswer","End":true}}}
            """,
            "{}", "42"
        },
        {
            "BASE_EVALUATION_ORDER_PASS_STATE: InputPath and OutputPath of a state read the variables from before its own Assign",
            """
            {"StartAt":"State0","States":{
              "State0":{"Type":"Pass","Result":{"theQuestion":"What is the answer to life the universe and everything?"},
                "Assign":{"question.$":"$.theQuestion","answer":42},"Next":"State1"},
              "State1":{"Type":"Pass","InputPath":"$answer","ResultPath":"$.theAnswer","OutputPath":"$answer","Assign":{"answer":"<omitted>"},"End":true}}}
            """,
            "{}", "42"
        },
        {
            "BASE_ASSIGN_FROM_PARAMETERS: a Pass state's Assign reads what Parameters made as $",
            """
            {"StartAt":"State0","States":{
              "State0":{"Type":"Pass","Parameters":{"input":"PENDING"},"Assign":{"result.$":"$.input"},"Next":"State1"},
              "State1":{"Type":"Pass","Assign":{"result":"SUCCESS","originalResult.$":"$.input"},"Next":"Read"},
              "Read":{"Type":"Pass","Parameters":{"result.$":"$result","originalResult.$":"$originalResult"},"End":true}}}
            """,
            "{}", """{"result":"SUCCESS","originalResult":"PENDING"}"""
        },
        {
            "BASE_REFERENCE_IN_INTRINSIC_FUNCTION: variables as intrinsic function arguments",
            """
            {"StartAt":"State0","States":{
              "State0":{"Type":"Pass","Assign":{"rawString":"Hello World","encodedString":"SGVsbG8gV29ybGQ=","inputString":"Hash this string",
                "json1":{"a":1,"b":2},"json2":{"c":3,"d":4},"jsonString":"{\"key\":\"value\"}","jsonObject":{"test":"object"},
                "value1":5,"value2":3,"csvString":"a,b,c,d,e","name":"John","place":"LocalStack"},"Next":"State1"},
              "State1":{"Type":"Pass","Parameters":{
                "encodingOps":{"encoded.$":"States.Base64Encode($rawString)","decoded.$":"States.Base64Decode($encodedString)"},
                "hashOps":{"hashValue.$":"States.Hash($inputString, 'SHA-256')"},
                "jsonOps":{"mergedJson.$":"States.JsonMerge($json1, $json2, false)","parsedJson.$":"States.StringToJson($jsonString)","stringifiedJson.$":"States.JsonToString($jsonObject)"},
                "mathOps":{"sum.$":"States.MathAdd($value1, $value2)"},
                "stringOps":{"splitString.$":"States.StringSplit($csvString, ',')","formattedString.$":"States.Format('Hello {}, welcome to {}!', $name, $place)"}},"End":true}}}
            """,
            "{}",
            """{"encodingOps":{"encoded":"SGVsbG8gV29ybGQ=","decoded":"Hello World"},"hashOps":{"hashValue":"1cac63f39fd68d8c531f27b807610fb3d50f0fc3f186995767fb6316e7200a3e"},"jsonOps":{"mergedJson":{"a":1,"b":2,"c":3,"d":4},"parsedJson":{"key":"value"},"stringifiedJson":"{\"test\":\"object\"}"},"mathOps":{"sum":8},"stringOps":{"splitString":["a","b","c","d","e"],"formattedString":"Hello John, welcome to LocalStack!"}}"""
        },
        {
            "BASE_SCOPE_MAP: ItemsPath reads a variable; iterations read the outer variables; the outer scope still reads its own after the Map",
            """
            {"StartAt":"State0","States":{
              "State0":{"Type":"Pass","Assign":{"x":42,"items":[1,2,3]},"Next":"State1"},
              "State1":{"Type":"Map","ItemsPath":"$items","MaxConcurrency":1,"ItemProcessor":{"ProcessorConfig":{"Mode":"INLINE"},"StartAt":"Inner",
                "States":{"Inner":{"Type":"Pass","Assign":{"innerX.$":"$x"},"End":true}}},"Next":"State2"},
              "State2":{"Type":"Pass","Assign":{"final.$":"$x"},"End":true}}}
            """,
            """{"input_value":"input_value_literal"}""", "[1,2,3]"
        },
        {
            "BASE_SCOPE_PARALLEL: branches read the outer variables",
            """
            {"StartAt":"State0","States":{
              "State0":{"Type":"Pass","Assign":{"x":42},"Next":"State1"},
              "State1":{"Type":"Parallel","End":true,"Branches":[
                {"StartAt":"Branch1","States":{"Branch1":{"Type":"Pass","Assign":{"innerX.$":"$x","value.$":"$"},"End":true}}},
                {"StartAt":"Branch21","States":{"Branch21":{"Type":"Pass","Assign":{"innerX.$":"$x","value.$":"$"},"End":true}}},
                {"StartAt":"Branch31","States":{"Branch31":{"Type":"Pass","Assign":{"innerX.$":"$x","value.$":"$"},"End":true}}}]}}}
            """,
            "{}", "[{},{},{}]"
        },
        {
            "MAP_STATE_REFERENCE_IN_ITEMS_PATH: ItemsPath and an inner Parameters read variables",
            """
            {"StartAt":"Start","States":{
              "Start":{"Type":"Pass","Assign":{"Question":"Who's that Pokemon?","PokemonList":["Charizard","Pikachu","Squirtle"]},
                "Result":{"AnswerTemplate":"It's {}!"},"Next":"MapIterateState"},
              "MapIterateState":{"Type":"Map","MaxConcurrency":1,"ItemsPath":"$PokemonList",
                "ItemSelector":{"AnnouncePokemon.$":"States.Format($.AnswerTemplate, $$.Map.Item.Value)"},
                "ItemProcessor":{"ProcessorConfig":{"Mode":"INLINE"},"StartAt":"Pass",
                  "States":{"Pass":{"Type":"Pass","Parameters":{"Question.$":"$Question","Answer.$":"$.AnnouncePokemon"},"End":true}}},"End":true}}}
            """,
            "{}",
            """[{"Question":"Who's that Pokemon?","Answer":"It's Charizard!"},{"Question":"Who's that Pokemon?","Answer":"It's Pikachu!"},{"Question":"Who's that Pokemon?","Answer":"It's Squirtle!"}]"""
        },
        {
            "MAP_STATE_REFERENCE_IN_MAX_CONCURRENCY_PATH: MaxConcurrencyPath reads a variable holding the string \"1\"",
            """
            {"StartAt":"Start","States":{
              "Start":{"Type":"Pass","Assign":{"maxConcurrency":"1"},"Result":{"Values":[1,2,3]},"Next":"MapState"},
              "MapState":{"Type":"Map","ItemsPath":"$.Values","MaxConcurrencyPath":"$maxConcurrency",
                "ItemProcessor":{"ProcessorConfig":{"Mode":"INLINE"},"StartAt":"HandleItem","States":{"HandleItem":{"Type":"Pass","End":true}}},"End":true}}}
            """,
            "{}", "[1,2,3]"
        },
        {
            "MAP_STATE_REFERENCE_IN_ITEM_SELECTOR: a plain \"$bucket\" in ItemSelector stays text",
            """
            {"StartAt":"Start","States":{
              "Start":{"Type":"Pass","Assign":{"bucket":"test-name"},"Result":{"Values":[1,2,3]},"Next":"MapState"},
              "MapState":{"Type":"Map","MaxConcurrency":1,"ItemsPath":"$.Values","ItemSelector":{"value.$":"$$.Map.Item.Value","bucketName":"$bucket"},
                "ItemProcessor":{"StartAt":"MapPass","States":{"MapPass":{"Type":"Pass","End":true}}},"End":true}}}
            """,
            "{}", """[{"value":1,"bucketName":"$bucket"},{"value":2,"bucketName":"$bucket"},{"value":3,"bucketName":"$bucket"}]"""
        },
        {
            "BASE_ASSIGN_IN_CHOICE (CORRECT run, input \"42\"): no rule matches a string, so Default's Assign (the Choice state's) applies",
            AssignInChoice,
            """{"input_value":"42"}""", """{"result":"INCORRECT"}"""
        },
        {
            "BASE_ASSIGN_IN_CHOICE (INCORRECT run, input \"0\")",
            AssignInChoice,
            """{"input_value":"0"}""", """{"result":"INCORRECT"}"""
        },
    };

    [Theory]
    [MemberData(nameof(Outputs))]
    public async Task RecordedDefinition_GivesTheRecordedOutput(string recording, string definition, string input, string expected)
    {
        var result = await new AslHarness().Run(definition, input);
        Assert.True(result.Succeeded, $"{recording}: {result.Error}: {result.Cause}");
        Assert.True(AslJson.Serialize(result.Output) == expected, $"{recording}: got {AslJson.Serialize(result.Output)}");
    }

    public static TheoryData<string, string, string, string, string> Assignments => new()
    {
        {
            "BASE_EMPTY: an empty Assign assigns nothing and the state's exit shows no assignedVariables",
            """{"StartAt":"State0","States":{"State0":{"Type":"Pass","Assign":{},"End":true}}}""",
            """{"input_value":"input_value_literal"}""", "State0", "null"
        },
        {
            "BASE_VAR State0: plain values are stored as written, strings that look like paths or functions included",
            """
            {"StartAt":"State0","States":{"State0":{"Type":"Pass","Assign":{"varname.$":"$.input_value","constant_null":null,"constant_float":0.1,
              "constant_str_path":"$.no.such.path","constant_str_var":"$noSuchVar","constant_str_intrinsic_func":"States.Format('Format Func {}', $varname)",
              "constant_lst":[null,0,"$varname","$$"],"constant_obj":{"in_obj_constant_str_var":"$noSuchVar"}},"End":true}}}
            """,
            """{"input_value":"input_value_literal"}""", "State0",
            """{"varname":"\"input_value_literal\"","constant_null":"null","constant_float":"0.1","constant_str_path":"\"$.no.such.path\"","constant_str_var":"\"$noSuchVar\"","constant_str_intrinsic_func":"\"States.Format('Format Func {}', $varname)\"","constant_lst":"[null,0,\"$varname\",\"$$\"]","constant_obj":"{\"in_obj_constant_str_var\":\"$noSuchVar\"}"}"""
        },
        {
            "BASE_VAR State1: \"x.$\": \"$name\" reads a variable, \"$name.field\" a part of it",
            """
            {"StartAt":"State0","States":{
              "State0":{"Type":"Pass","Assign":{"constant_int":0,"constant_obj":{"in_obj_constant_lst":[null,0,"$varname"]}},"Next":"State1"},
              "State1":{"Type":"Pass","Assign":{"varname2":"varname2","varnameconstant_int.$":"$constant_int",
                "varnameconstant_obj_access.$":"$constant_obj.in_obj_constant_lst"},"End":true}}}
            """,
            "{}", "State1",
            """{"varname2":"\"varname2\"","varnameconstant_int":"0","varnameconstant_obj_access":"[null,0,\"$varname\"]"}"""
        },
        {
            "BASE_PATHS: \"$\", \"$.field\", \"$$.…\" and an intrinsic function in Assign read the Pass state's input and context",
            """
            {"StartAt":"State0","States":{"State0":{"Type":"Pass","Assign":{"str_path_root.$":"$","str_path.$":"$.input_value",
              "str_contextpath.$":"$$.State.Name","str_intrinsic_func.$":"States.Format('Format Func {}', $.input_value)"},"End":true}}}
            """,
            """{"input_value":"input_value_literal"}""", "State0",
            """{"str_path_root":"{\"input_value\":\"input_value_literal\"}","str_path":"\"input_value_literal\"","str_contextpath":"\"State0\"","str_intrinsic_func":"\"Format Func input_value_literal\""}"""
        },
        {
            "BASE_REFERENCE_IN_ITERATOR_OUTER_SCOPE: an iteration of a Map inside a Map reads variables of both enclosing scopes",
            """
            {"StartAt":"Input","States":{
              "Input":{"Type":"Pass","Result":[[9,44,6],[82,25,76],[18,42,2]],"Assign":{"bias":4.3},"Next":"IterateLevels"},
              "IterateLevels":{"Type":"Map","MaxConcurrency":1,"ItemProcessor":{"ProcessorConfig":{"Mode":"INLINE"},"StartAt":"AssignCurrentVector","States":{
                "AssignCurrentVector":{"Type":"Pass","Assign":{"xCurrent.$":"$[0]","yCurrent.$":"$[1]","zCurrent.$":"$[2]"},"Next":"Calculate"},
                "Calculate":{"Type":"Map","MaxConcurrency":1,"ItemProcessor":{"ProcessorConfig":{"Mode":"INLINE"},"StartAt":"Summate","States":{
                  "Summate":{"Type":"Pass","Assign":{"Sum.$":"States.MathAdd(States.MathAdd(States.MathAdd($yCurrent, $xCurrent), $zCurrent), $bias)"},"End":true}}},
                  "End":true}}},"End":true}}}
            """,
            "{}", "Summate",
            """{"Sum":"63"}|{"Sum":"63"}|{"Sum":"63"}|{"Sum":"187"}|{"Sum":"187"}|{"Sum":"187"}|{"Sum":"66"}|{"Sum":"66"}|{"Sum":"66"}"""
        },
        {
            "BASE_ASSIGN_FROM_INTRINSIC_FUNCTION: '.$' keys nested in an Assign value are evaluated, against the Pass state's Result",
            """
            {"StartAt":"State0","States":{"State0":{"Type":"Pass","Result":{"inputArray":[1,2,3,4,5,6],"duplicateArray":[1,2,2,3,3,4],"value1":5,"value2":3},
              "Assign":{"arrayOps":{"simpleArray.$":"States.Array('a', 'b', 'c')","partitionedArray.$":"States.ArrayPartition($.inputArray, 2)",
                "containsElement.$":"States.ArrayContains($.inputArray, 5)","numberRange.$":"States.ArrayRange(1, 10, 2)",
                "thirdElement.$":"States.ArrayGetItem($.inputArray, 2)","arraySize.$":"States.ArrayLength($.inputArray)",
                "uniqueValues.$":"States.ArrayUnique($.duplicateArray)"},"mathOps":{"sum.$":"States.MathAdd($.value1, $.value2)"}},"End":true}}}
            """,
            "{}", "State0",
            """{"arrayOps":"{\"simpleArray\":[\"a\",\"b\",\"c\"],\"partitionedArray\":[[1,2],[3,4],[5,6]],\"containsElement\":true,\"numberRange\":[1,3,5,7,9],\"thirdElement\":3,\"arraySize\":6,\"uniqueValues\":[1,2,3,4]}","mathOps":"{\"sum\":8}"}"""
        },
    };

    /// <summary>The assignedVariables of the named state's exit events (joined by '|' when it exits several times), as history shows them.</summary>
    [Theory]
    [MemberData(nameof(Assignments))]
    public async Task RecordedDefinition_AssignsTheRecordedValues(string recording, string definition, string input, string state, string expected)
    {
        var result = await new AslHarness().Run(definition, input);
        Assert.True(result.Succeeded, $"{recording}: {result.Error}: {result.Cause}");
        var assigned = result.Events.Where(e => e.StateName == state && e.Type.EndsWith("StateExited", StringComparison.Ordinal))
            .Select(e => AslJson.Serialize(e.ToJson()["assignedVariables"]));
        Assert.True(string.Join("|", assigned) == expected, $"{recording}: got {string.Join("|", assigned)}");
    }

    [Fact]
    public async Task BaseReferenceInFail_ErrorPathAndCausePathReadVariables()
    {
        var (error, cause) = await new AslHarness().Failure("""
            {"StartAt":"Pass","States":{
              "Pass":{"Type":"Pass","Assign":{"errorVar":"Exception","causeVar":"An Exception was encountered"},"Next":"Fail"},
              "Fail":{"Type":"Fail","CausePath":"$causeVar","ErrorPath":"$errorVar"}}}
            """);
        Assert.Equal(("Exception", "An Exception was encountered"), (error, cause));
    }

    [Fact]
    public async Task BaseAssignFromLambdaTaskResult_TaskFieldsReadVariablesAndAssignReadsTheResult()
    {
        JsonNode? received = null;
        var harness = new AslHarness().Function("fn-ref-var", payload =>
        {
            received = payload;
            return JsonValue.Create("HelloWorld!");
        });
        var result = await harness.Run("""
            {"StartAt":"Pass","States":{
              "Pass":{"Type":"Pass","Assign":{"functionName.$":"$.FunctionName","inputData":{"foo":"oof","bar":"rab"},"timeout":300},"Next":"Task"},
              "Task":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","TimeoutSecondsPath":"$timeout",
                "Parameters":{"Payload.$":"$inputData","FunctionName.$":"$functionName"},"Assign":{"result.$":"$.Payload"},"OutputPath":"$.Payload","Next":"End"},
              "End":{"Type":"Pass","Assign":{"previousResult.$":"$result","timeout":150},"End":true}}}
            """, """{"FunctionName":"fn-ref-var","AccountID":"111111111111"}""");
        Assert.True(result.Succeeded, $"{result.Error}: {result.Cause}");
        Assert.Equal("\"HelloWorld!\"", AslJson.Serialize(result.Output));
        Assert.Equal("""{"foo":"oof","bar":"rab"}""", AslJson.Serialize(received));
        var end = result.Events.Single(e => e.StateName == "End" && e.Type == "PassStateExited");
        Assert.Equal("""{"previousResult":"\"HelloWorld!\"","timeout":"150"}""", AslJson.Serialize(end.ToJson()["assignedVariables"]));
    }
}
