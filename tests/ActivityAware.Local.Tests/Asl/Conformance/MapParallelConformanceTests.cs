using ActivityAware.Local.Asl.Definition;

namespace ActivityAware.Local.Tests.Asl.Conformance;

/// <summary>States Language spec, "Parallel State" and "Map State" (inline processing).</summary>
public class MapParallelConformanceTests
{
    private const string Shipped = """
        {"ship-date":"2016-03-14T01:59:00Z","detail":{"delivery-partner":"UQS","shipped":[
          {"prod":"R31","dest-code":9511,"quantity":1344},{"prod":"S39","dest-code":9511,"quantity":40}]}}
        """;

    /// <summary>An iteration that fails (Fail state "ItemFailed") when its input has "fail": true.</summary>
    private static string MapMachine(string fields) => """
        {"StartAt":"M","States":{"M":{"Type":"Map",
        """ + fields + """
        ,"ItemProcessor":{"StartAt":"Check","States":{
            "Check":{"Type":"Choice","Choices":[{"And":[{"Variable":"$.fail","IsPresent":true},{"Variable":"$.fail","BooleanEquals":true}],"Next":"Bad"}],"Default":"Good"},
            "Bad":{"Type":"Fail","Error":"ItemFailed","Cause":"bad item"},
            "Good":{"Type":"Pass","OutputPath":"$.id","End":true}}},
          "End":true}}}
        """;

    [Fact]
    public async Task SpecExample_ValidateAll_WritesResultsAtResultPath()
    {
        var output = await new AslHarness().Output("""
            {"StartAt":"Validate-All","States":{"Validate-All":{"Type":"Map","InputPath":"$.detail","ItemsPath":"$.shipped","MaxConcurrency":0,
              "ItemProcessor":{"StartAt":"Validate","States":{"Validate":{"Type":"Pass","OutputPath":"$.prod","End":true}}},
              "ResultPath":"$.detail.shipped","End":true}}}
            """, Shipped);
        Assert.Equal("""{"ship-date":"2016-03-14T01:59:00Z","detail":{"delivery-partner":"UQS","shipped":["R31","S39"]}}""", output);
    }

    [Theory]
    [InlineData("ItemSelector reads $$.Map.Item.Value and the effective input", "ItemSelector", "ItemProcessor")]
    [InlineData("deprecated Parameters and Iterator work as ItemSelector and ItemProcessor", "Parameters", "Iterator")]
    public async Task ItemSelector_BuildsEachIterationInput(string rule, string selector, string processor)
    {
        var output = await new AslHarness().Output($$$$"""
            {"StartAt":"M","States":{"M":{"Type":"Map","InputPath":"$.detail","ItemsPath":"$.shipped",
              "{{{{selector}}}}":{"parcel.$":"$$.Map.Item.Value.prod","index.$":"$$.Map.Item.Index","courier.$":"$.delivery-partner"},
              "{{{{processor}}}}":{"StartAt":"Validate","States":{"Validate":{"Type":"Pass","End":true}}},"End":true}}}
            """, Shipped);
        Assert.True("""[{"parcel":"R31","index":0,"courier":"UQS"},{"parcel":"S39","index":1,"courier":"UQS"}]""" == output, $"{rule}: {output}");
    }

    [Fact]
    public async Task NoItemsPath_TheEffectiveInputIsTheItemsArray()
    {
        var output = await new AslHarness().Output(MapMachine("\"MaxConcurrency\":1"), """[{"id":1},{"id":2}]""");
        Assert.Equal("[1,2]", output);
    }

    [Fact]
    public async Task ResultSelector_ShapesTheResultArray()
    {
        var output = await new AslHarness().Output(MapMachine("\"ItemsPath\":\"$.items\",\"ResultSelector\":{\"count.$\":\"States.ArrayLength($)\"},\"ResultPath\":\"$.r\""),
            """{"items":[{"id":1},{"id":2}]}""");
        Assert.Equal("""{"items":[{"id":1},{"id":2}],"r":{"count":2}}""", output);
    }

    [Fact]
    public async Task FailedIteration_WithoutTolerance_FailsTheMapWithItsError()
    {
        var (error, cause) = await new AslHarness().Failure(MapMachine("\"ItemsPath\":\"$.items\""), """{"items":[{"id":1},{"id":2,"fail":true}]}""");
        Assert.Equal(("ItemFailed", "bad item"), (error, cause));
    }

    [Theory]
    [InlineData("ToleratedFailureCount: failures up to the count are tolerated", "\"ToleratedFailureCount\":1", 1)]
    [InlineData("ToleratedFailurePercentage: failures up to the percentage are tolerated", "\"ToleratedFailurePercentage\":50", 2)]
    [InlineData("ToleratedFailurePercentage 100 tolerates every failure", "\"ToleratedFailurePercentage\":100", 4)]
    [InlineData("ToleratedFailureCountPath reads the count", "\"ToleratedFailureCountPath\":\"$.tolerate\"", 2)]
    [InlineData("ToleratedFailurePercentagePath reads the percentage", "\"ToleratedFailurePercentagePath\":\"$.percent\"", 1)]
    [InlineData("with both fields the Map fails if either is breached (count is not)", "\"ToleratedFailureCount\":3,\"ToleratedFailurePercentage\":75", 3)]
    public async Task ToleratedFailures_WithinThreshold_TheMapSucceeds(string rule, string tolerance, int failing)
    {
        var items = string.Join(",", Enumerable.Range(0, 4).Select(i => $"{{\"id\":{i},\"fail\":{(i < failing ? "true" : "false")}}}"));
        var result = await new AslHarness().Run(MapMachine($"\"ItemsPath\":\"$.items\",{tolerance}"), $"{{\"items\":[{items}],\"tolerate\":2,\"percent\":25}}");
        Assert.True(result.Succeeded, $"{rule}: {result.Error} {result.Cause}");
    }

    [Fact]
    public async Task ToleratedFailure_LeavesNullInTheFailedItemsPlace()
    {
        var output = await new AslHarness().Output(MapMachine("\"ToleratedFailureCount\":1,\"MaxConcurrency\":1"), """[{"id":1},{"id":2,"fail":true},{"id":3}]""");
        Assert.Equal("[1,null,3]", output);
    }

    [Theory]
    [InlineData("ToleratedFailureCount: one more failure than the count breaches it", "\"ToleratedFailureCount\":1", 2)]
    [InlineData("default tolerance is zero when the percentage is given as 0", "\"ToleratedFailurePercentage\":0", 1)]
    [InlineData("ToleratedFailurePercentage: more than the percentage breaches it", "\"ToleratedFailurePercentage\":50", 3)]
    [InlineData("with both fields the Map fails if either is breached", "\"ToleratedFailureCount\":3,\"ToleratedFailurePercentage\":25", 2)]
    [InlineData("ToleratedFailureCountPath breached", "\"ToleratedFailureCountPath\":\"$.tolerate\"", 3)]
    public async Task ToleratedFailures_Breached_FailsWithExceedToleratedFailureThreshold(string rule, string tolerance, int failing)
    {
        var items = string.Join(",", Enumerable.Range(0, 4).Select(i => $"{{\"id\":{i},\"fail\":{(i < failing ? "true" : "false")}}}"));
        var (error, cause) = await new AslHarness().Failure(MapMachine($"\"ItemsPath\":\"$.items\",{tolerance}"), $"{{\"items\":[{items}],\"tolerate\":2}}");
        Assert.True(error == "States.ExceedToleratedFailureThreshold", $"{rule}: got {error}");
        Assert.Equal("The specified tolerated failure threshold was exceeded", cause);
    }

    [Theory]
    [InlineData("ItemsPath MUST be a Reference Path", "\"ItemsPath\":\"$.items[*]\"")]
    [InlineData("MaxConcurrency MUST be a non-negative integer", "\"MaxConcurrency\":-1")]
    [InlineData("MUST NOT include both MaxConcurrency and MaxConcurrencyPath", "\"MaxConcurrency\":1,\"MaxConcurrencyPath\":\"$.m\"")]
    [InlineData("ToleratedFailurePercentage MUST be between 0 and 100", "\"ToleratedFailurePercentage\":101")]
    [InlineData("ToleratedFailureCount MUST be a non-negative integer", "\"ToleratedFailureCount\":-1")]
    [InlineData("MUST NOT include both ToleratedFailureCount and its Path", "\"ToleratedFailureCount\":1,\"ToleratedFailureCountPath\":\"$.t\"")]
    [InlineData("MUST NOT include both ToleratedFailurePercentage and its Path", "\"ToleratedFailurePercentage\":1,\"ToleratedFailurePercentagePath\":\"$.t\"")]
    [InlineData("ItemSelector and deprecated Parameters are one field", "\"ItemSelector\":{},\"Parameters\":{}")]
    [InlineData("ItemReader belongs to Distributed mode, not an inline Map", "\"ItemReader\":{\"Resource\":\"arn:aws:states:::s3:getObject\"}")]
    [InlineData("ItemBatcher belongs to Distributed mode, not an inline Map", "\"ItemBatcher\":{\"MaxItemsPerBatch\":2}")]
    [InlineData("ResultWriter belongs to Distributed mode, not an inline Map", "\"ResultWriter\":{\"Resource\":\"arn:aws:states:::s3:putObject\"}")]
    [InlineData("Label belongs to Distributed mode, not an inline Map", "\"Label\":\"batch\"")]
    public void InvalidMap_IsRejectedAtLoad(string rule, string fields)
    {
        var e = Assert.Throws<AslDefinitionException>(() => AslHarness.Load(MapMachine(fields)));
        Assert.False(string.IsNullOrEmpty(e.Message), rule);
    }

    [Theory]
    [InlineData("DISTRIBUTED needs an ExecutionType", """{"Mode":"DISTRIBUTED"}""")]
    [InlineData("ExecutionType is STANDARD or EXPRESS", """{"Mode":"DISTRIBUTED","ExecutionType":"BATCH"}""")]
    [InlineData("Mode is INLINE or DISTRIBUTED", """{"Mode":"PARALLEL"}""")]
    [InlineData("ExecutionType applies to Distributed mode only", """{"Mode":"INLINE","ExecutionType":"STANDARD"}""")]
    [InlineData("an unknown ProcessorConfig field is not silently ignored", """{"Mode":"DISTRIBUTED","ExecutionType":"STANDARD","Workers":4}""")]
    public void InvalidProcessorConfig_IsRejectedAtLoad(string rule, string config)
    {
        var definition = """
            {"StartAt":"M","States":{"M":{"Type":"Map","ItemProcessor":{"ProcessorConfig":
            """ + config + """
            ,"StartAt":"I","States":{"I":{"Type":"Pass","End":true}}},"End":true}}}
            """;
        var e = Assert.Throws<AslDefinitionException>(() => AslHarness.Load(definition));
        Assert.True(e.Message.Contains("ProcessorConfig", StringComparison.Ordinal), rule + ": " + e.Message);
    }

    [Fact]
    public async Task SpecExample_FunWithMath_ResultIsBranchOutputsInOrder()
    {
        var harness = new AslHarness()
            .Function("Add", p => (int)p![0]! + (int)p[1]!)
            .Function("Subtract", p => (int)p![0]! - (int)p[1]!);
        var output = await harness.Output("""
            {"StartAt":"FunWithMath","States":{"FunWithMath":{"Type":"Parallel","Branches":[
              {"StartAt":"Add","States":{"Add":{"Type":"Task","Resource":"arn:aws:lambda:us-east-1:123456789012:function:Add","End":true}}},
              {"StartAt":"Subtract","States":{"Subtract":{"Type":"Task","Resource":"arn:aws:lambda:us-east-1:123456789012:function:Subtract","End":true}}}],
              "End":true}}}
            """, "[3, 2]");
        Assert.Equal("[5,1]", output);
    }

    [Fact]
    public async Task Parallel_FailedBranch_FailsTheStateWithTheBranchError_AndCatchRoutesIt()
    {
        var output = await new AslHarness().Output("""
            {"StartAt":"Par","States":{"Par":{"Type":"Parallel","Branches":[
              {"StartAt":"Ok","States":{"Ok":{"Type":"Succeed"}}},
              {"StartAt":"Boom","States":{"Boom":{"Type":"Fail","Error":"BranchBoom","Cause":"why"}}}],
              "Catch":[{"ErrorEquals":["BranchBoom"],"ResultPath":"$.error","Next":"Handled"}],"Next":"Unreached"},
              "Unreached":{"Type":"Fail","Error":"Unreached"},
              "Handled":{"Type":"Pass","End":true}}}
            """, """{"keep":1}""");
        Assert.Equal("""{"keep":1,"error":{"Error":"BranchBoom","Cause":"why"}}""", output);
    }

    [Theory]
    [InlineData("a branch state MUST NOT transition outside its branch",
        """{"StartAt":"Par","States":{"Par":{"Type":"Parallel","Branches":[{"StartAt":"A","States":{"A":{"Type":"Pass","Next":"Out"}}}],"Next":"Out"},"Out":{"Type":"Succeed"}}}""")]
    [InlineData("no state outside a branch may transition into it",
        """{"StartAt":"Par","States":{"Par":{"Type":"Parallel","Branches":[{"StartAt":"A","States":{"A":{"Type":"Pass","End":true}}}],"Next":"A"}}}""")]
    [InlineData("Branches MUST be a non-empty array",
        """{"StartAt":"Par","States":{"Par":{"Type":"Parallel","Branches":[],"End":true}}}""")]
    [InlineData("each branch MUST contain StartAt and States",
        """{"StartAt":"Par","States":{"Par":{"Type":"Parallel","Branches":[{"States":{"A":{"Type":"Pass","End":true}}}],"End":true}}}""")]
    [InlineData("state names MUST be unique across branches",
        """{"StartAt":"A","States":{"A":{"Type":"Parallel","Branches":[{"StartAt":"A","States":{"A":{"Type":"Pass","End":true}}}],"End":true}}}""")]
    [InlineData("Parallel has no ItemSelector",
        """{"StartAt":"Par","States":{"Par":{"Type":"Parallel","ItemSelector":{},"Branches":[{"StartAt":"A","States":{"A":{"Type":"Pass","End":true}}}],"End":true}}}""")]
    public void InvalidParallel_IsRejectedAtLoad(string rule, string definition)
    {
        var e = Assert.Throws<AslDefinitionException>(() => AslHarness.Load(definition));
        Assert.False(string.IsNullOrEmpty(e.Message), rule);
    }
}
