namespace ActivityAware.Local.Tests.Asl.Conformance;

/// <summary>
/// ItemBatcher. Source: developer guide, "ItemBatcher (Map)": each child workflow execution gets the items of its batch in an Items array
/// (and, with BatchInput, <c>{"BatchInput": …, "Items": […]}</c>, as the guide's batch tutorials read <c>event['BatchInput']</c> and
/// <c>event['Items']</c>), at most MaxItemsPerBatch items and MaxInputBytesPerBatch bytes (at most 256 KiB) per batch. The child's
/// output is the Map's result for the batch. ItemSelector shapes each item before it is batched.
/// </summary>
public class DistributedMapItemBatcherTests
{
    /// <summary>A Map whose children return their whole input, so the output shows each batch.</summary>
    private static string Batching(string fields) => """
        {"StartAt":"M","States":{"M":{"Type":"Map","ItemsPath":"$.items",
        """ + fields + """
        ,"ItemProcessor":{"ProcessorConfig":{"Mode":"DISTRIBUTED","ExecutionType":"EXPRESS"},"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}},
          "End":true}}}
        """;

    private const string TenItems = """{"items":[1,2,3,4,5,6,7,8,9,10],"factor":7,"perBatch":4}""";

    [Fact]
    public async Task MaxItemsPerBatch_GroupsItemsInOrder_LastBatchSmaller()
    {
        // The guide's tutorial: ten integers in batches of three are four child executions, the last with one item.
        var output = await new AslHarness().Output(Batching("\"ItemBatcher\":{\"MaxItemsPerBatch\":3}"), TenItems);
        Assert.Equal("""[{"Items":[1,2,3]},{"Items":[4,5,6]},{"Items":[7,8,9]},{"Items":[10]}]""", output);
    }

    [Fact]
    public async Task BatchInput_IsEvaluatedOnceAndGivenToEveryBatch()
    {
        var output = await new AslHarness().Output(
            Batching("\"ItemBatcher\":{\"MaxItemsPerBatch\":5,\"BatchInput\":{\"MyMultiplicationFactor.$\":\"$.factor\",\"fixed\":\"December 2022\"}}"), TenItems);
        Assert.Equal("""[{"BatchInput":{"MyMultiplicationFactor":7,"fixed":"December 2022"},"Items":[1,2,3,4,5]},"""
            + """{"BatchInput":{"MyMultiplicationFactor":7,"fixed":"December 2022"},"Items":[6,7,8,9,10]}]""", output);
    }

    [Fact]
    public async Task MaxItemsPerBatchPath_ReadsTheLimitFromTheInput()
    {
        var output = await new AslHarness().Output(Batching("\"ItemBatcher\":{\"MaxItemsPerBatchPath\":\"$.perBatch\"}"), TenItems);
        Assert.Equal("""[{"Items":[1,2,3,4]},{"Items":[5,6,7,8]},{"Items":[9,10]}]""", output);
    }

    [Fact]
    public async Task MaxItemsPerBatchPath_NotAnInteger_FailsTheState()
    {
        var (error, cause) = await new AslHarness().Failure(Batching("\"ItemBatcher\":{\"MaxItemsPerBatchPath\":\"$.perBatch\"}"), """{"items":[1],"perBatch":"many"}""");
        Assert.Equal("States.Runtime", error);
        Assert.EndsWith("The MaxItemsPerBatchPath field refers to value \"many\" which is not a valid integer: $.perBatch", cause);
    }

    [Fact]
    public async Task MaxInputBytesPerBatch_StartsANewBatchBeforeTheInputWouldExceedIt()
    {
        // {"Items":[1,2,3]} is 17 bytes; one more item would make it 19.
        var output = await new AslHarness().Output(Batching("\"ItemBatcher\":{\"MaxInputBytesPerBatch\":18}"), """{"items":[1,2,3,4,5]}""");
        Assert.Equal("""[{"Items":[1,2,3]},{"Items":[4,5]}]""", output);
    }

    [Fact]
    public async Task BothLimits_TheFirstReachedEndsTheBatch()
    {
        var output = await new AslHarness().Output(Batching("\"ItemBatcher\":{\"MaxItemsPerBatch\":2,\"MaxInputBytesPerBatch\":30}"),
            """{"items":["a","b","cccccccccccccccccc","d"]}""");
        Assert.Equal("""[{"Items":["a","b"]},{"Items":["cccccccccccccccccc"]},{"Items":["d"]}]""", output);
    }

    [Fact]
    public async Task ItemSelector_ShapesEachItemBeforeBatching()
    {
        var output = await new AslHarness().Output(
            Batching("\"ItemSelector\":{\"value.$\":\"$$.Map.Item.Value\",\"index.$\":\"$$.Map.Item.Index\"},\"ItemBatcher\":{\"MaxItemsPerBatch\":2}"),
            """{"items":["x","y","z"]}""");
        Assert.Equal("""[{"Items":[{"value":"x","index":0},{"value":"y","index":1}]},{"Items":[{"value":"z","index":2}]}]""", output);
    }

    [Fact]
    public async Task FailedBatch_CountsEachOfItsItemsAgainstTheTolerance()
    {
        var machine = """
            {"StartAt":"M","States":{"M":{"Type":"Map","ItemBatcher":{"MaxItemsPerBatch":2},"ToleratedFailureCount":1,
              "ItemProcessor":{"ProcessorConfig":{"Mode":"DISTRIBUTED","ExecutionType":"STANDARD"},"StartAt":"F","States":{"F":{"Type":"Fail","Error":"Boom"}}},
              "End":true}}}
            """;
        var (error, _) = await new AslHarness().Failure(machine, "[1,2]");
        Assert.Equal("States.ExceedToleratedFailureThreshold", error);
    }

    [Fact]
    public async Task ChildOutputs_AreTheMapResultInBatchOrder()
    {
        var harness = new AslHarness().Function("sum", p => p!["Items"]!.AsArray().Sum(i => (int)i!));
        var output = await harness.Output("""
            {"StartAt":"M","States":{"M":{"Type":"Map","ItemBatcher":{"MaxItemsPerBatch":3},"MaxConcurrency":4,
              "ItemProcessor":{"ProcessorConfig":{"Mode":"DISTRIBUTED","ExecutionType":"EXPRESS"},"StartAt":"Sum","States":{
                "Sum":{"Type":"Task","Resource":"arn:aws:lambda:us-east-1:123456789012:function:sum","End":true}}},"End":true}}}
            """, "[1,2,3,4,5,6,7]");
        Assert.Equal("[6,15,7]", output);
    }
}
