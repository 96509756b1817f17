using System.Text.Json.Nodes;
using ActivityAware.Local.Asl;
using ActivityAware.Local.Asl.Definition;
using ActivityAware.Local.Asl.Execution;

namespace ActivityAware.Local.Tests.Asl;

public class MapParallelTests
{
    private sealed class DeliveryFailedException(string message) : Exception(message);

    private static string MapMachine(string mapFields, string iterationState = """{"Type":"Task","Resource":"arn:aws:lambda:us-east-1:1:function:f","End":true}""") =>
        """{"StartAt":"M","States":{"M":{"Type":"Map",""" + mapFields + """
        ,"ItemProcessor":{"StartAt":"Do","States":{"Do":
        """ + iterationState + "}},\"End\":true}}}";

    [Theory]
    [InlineData("items, no selector", "\"ItemsPath\":\"$.items\"", """[{"v":1},{"v":2},{"v":3}]""")]
    [InlineData("ItemSelector with Map.Item context and input", "\"ItemsPath\":\"$.items\",\"ItemSelector\":{\"i.$\":\"$$.Map.Item.Index\",\"val.$\":\"$$.Map.Item.Value.v\",\"k.$\":\"$.k\"}",
        """[{"i":0,"val":1,"k":"K"},{"i":1,"val":2,"k":"K"},{"i":2,"val":3,"k":"K"}]""")]
    [InlineData("legacy Parameters act as ItemSelector", "\"ItemsPath\":\"$.items\",\"Parameters\":{\"i.$\":\"$$.Map.Item.Index\"}", """[{"i":0},{"i":1},{"i":2}]""")]
    [InlineData("InputPath then ItemsPath", "\"InputPath\":\"$.nested\",\"ItemsPath\":\"$.list\"", "[1,2]")]
    [InlineData("ResultPath and OutputPath", "\"ItemsPath\":\"$.nested.list\",\"ResultPath\":\"$.out\",\"OutputPath\":\"$.out\"", "[1,2]")]
    [InlineData("ResultSelector over the array", "\"ItemsPath\":\"$.items\",\"ResultSelector\":{\"n.$\":\"States.ArrayLength($)\"}", """{"n":3}""")]
    [InlineData("empty array", "\"ItemsPath\":\"$.none\"", "[]")]
    public async Task Map_Processing_ProducesOrderedResults(string name, string fields, string expected)
    {
        var output = await new AslHarness().Output(MapMachine(fields, """{"Type":"Pass","End":true}"""),
            """{"items":[{"v":1},{"v":2},{"v":3}],"k":"K","nested":{"list":[1,2]},"none":[]}""");
        Assert.True(AslJson.DeepEquals(JsonNode.Parse(expected), JsonNode.Parse(output)), $"{name}: got {output}");
    }

    [Fact]
    public async Task Map_ItemsPathNotAnArray_FailsWithRuntime()
    {
        var (error, cause) = await new AslHarness().Failure(MapMachine("\"ItemsPath\":\"$.k\"", """{"Type":"Pass","End":true}"""), """{"k":"text"}""");
        Assert.Equal("States.Runtime", error);
        Assert.Contains("must select an array", cause, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(0, 6)]
    public async Task Map_MaxConcurrency_LimitsIterationsInFlight(int maxConcurrency, int expectedPeak)
    {
        var inFlight = 0;
        var peak = 0;
        var harness = new AslHarness();
        harness.Functions.Register("f", async (payload, _) =>
        {
            var now = Interlocked.Increment(ref inFlight);
            lock (harness)
                peak = Math.Max(peak, now);
            await Task.Delay(60);
            Interlocked.Decrement(ref inFlight);
            return payload;
        });
        var output = await harness.Output(MapMachine($"\"MaxConcurrency\":{maxConcurrency}"), "[1,2,3,4,5,6]");
        Assert.Equal("[1,2,3,4,5,6]", output);
        Assert.Equal(expectedPeak, peak);
    }

    [Fact]
    public async Task Map_FailedIteration_FailsTheMapWithItsError()
    {
        var harness = new AslHarness().Function("f", p => (int)p! == 2 ? throw new DeliveryFailedException("no") : p);
        var result = await harness.Run(MapMachine("\"MaxConcurrency\":1"), "[1,2,3]");
        Assert.Equal("DeliveryFailedException", result.Error);
        Assert.Contains(result.Events, e => e.Type == "MapIterationFailed" && e.Index == 1);
        Assert.DoesNotContain(result.StatesEntered, s => s.Scope == "M[2]");
    }

    [Fact]
    public async Task Map_IterationError_CaughtByTheMapsCatch()
    {
        var harness = new AslHarness().Function("f", _ => throw new DeliveryFailedException("no"));
        const string machine = """
            {"StartAt":"M","States":{"M":{"Type":"Map","ItemsPath":"$.items","ItemProcessor":{"StartAt":"Do","States":{"Do":{"Type":"Task","Resource":"arn:aws:lambda:us-east-1:1:function:f","End":true}}},
              "Catch":[{"ErrorEquals":["DeliveryFailedException"],"ResultPath":"$.err","Next":"Done"}],"End":true},
             "Done":{"Type":"Pass","OutputPath":"$.err.Error","End":true}}}
            """;
        Assert.Equal("\"DeliveryFailedException\"", await harness.Output(machine, """{"items":[1]}"""));
    }

    [Fact]
    public async Task Map_StatesEntered_CarryTheIterationIndex()
    {
        var harness = new AslHarness().Function("f", p => p);
        var result = await harness.Run(MapMachine("\"MaxConcurrency\":1"), "[\"a\",\"b\"]");
        Assert.Equal(
            [new EnteredState("M", StateType.Map, ""), new EnteredState("Do", StateType.Task, "M[0]"), new EnteredState("Do", StateType.Task, "M[1]")],
            result.StatesEntered);
        Assert.Equal(["MapIterationStarted", "MapIterationSucceeded", "MapIterationStarted", "MapIterationSucceeded"],
            result.Events.Where(e => e.Type.StartsWith("MapIteration", StringComparison.Ordinal)).Select(e => e.Type));
    }

    private const string ParallelMachine = """
        {"StartAt":"P","States":{"P":{"Type":"Parallel","Parameters":{"x.$":"$.x"},"ResultPath":"$.results","Branches":[
          {"StartAt":"Slow","States":{"Slow":{"Type":"Task","Resource":"arn:aws:lambda:us-east-1:1:function:slow","End":true}}},
          {"StartAt":"Fast","States":{"Fast":{"Type":"Pass","Parameters":{"fast.$":"$.x"},"End":true}}}
        ],"End":true}}}
        """;

    [Fact]
    public async Task Parallel_Branches_OutputInBranchOrder()
    {
        var harness = new AslHarness();
        harness.Functions.Register("slow", async (p, _) =>
        {
            await Task.Delay(50);
            return new JsonObject { ["slow"] = AslJson.Clone(p!["x"]) };
        });
        var output = await harness.Output(ParallelMachine, """{"x":7}""");
        Assert.Equal("""{"x":7,"results":[{"slow":7},{"fast":7}]}""", output);
    }

    [Fact]
    public async Task Parallel_FailedBranch_FailsWithTheBranchError()
    {
        var harness = new AslHarness().Function("slow", _ => throw new DeliveryFailedException("branch broke"));
        var result = await harness.Run(ParallelMachine, """{"x":7}""");
        Assert.Equal("DeliveryFailedException", result.Error);
        Assert.Contains(result.StatesEntered, s => s.Name == "Slow" && s.Scope == "P.Branches[0]");
    }

    [Fact]
    public async Task Parallel_BranchFailState_PropagatesErrorAndCause()
    {
        const string machine = """
            {"StartAt":"P","States":{"P":{"Type":"Parallel","Branches":[
              {"StartAt":"F","States":{"F":{"Type":"Fail","Error":"Custom.Error","Cause":"why"}}}],
              "Catch":[{"ErrorEquals":["Custom.Error"],"Next":"C"}],"End":true},"C":{"Type":"Pass","End":true}}}
            """;
        Assert.Equal("""{"Error":"Custom.Error","Cause":"why"}""", await new AslHarness().Output(machine));
    }

    [Fact]
    public async Task Map_LegacyIteratorAndMaxConcurrencyPath_Run()
    {
        const string machine = """
            {"StartAt":"M","States":{"M":{"Type":"Map","ItemsPath":"$.xs","MaxConcurrencyPath":"$.limit",
              "Iterator":{"StartAt":"Double","States":{"Double":{"Type":"Pass","Parameters":{"v.$":"States.MathAdd($, $)"},"End":true}}},"End":true}}}
            """;
        Assert.Equal("""[{"v":2},{"v":4}]""", await new AslHarness().Output(machine, """{"xs":[1,2],"limit":1}"""));
    }

    [Fact]
    public async Task Map_MaxConcurrencyPathNotAnInteger_FailsWithRuntime()
    {
        const string machine = """
            {"StartAt":"M","States":{"M":{"Type":"Map","MaxConcurrencyPath":"$.limit",
              "ItemProcessor":{"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}},"ItemsPath":"$.xs","End":true}}}
            """;
        var (error, _) = await new AslHarness().Failure(machine, """{"xs":[1],"limit":"two"}""");
        Assert.Equal("States.Runtime", error);
    }
}
