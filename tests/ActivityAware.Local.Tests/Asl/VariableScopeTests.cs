using System.Text.Json.Nodes;
using ActivityAware.Local.Asl;
using ActivityAware.Local.Asl.Execution;
using ActivityAware.Local.Asl.Variables;

namespace ActivityAware.Local.Tests.Asl;

/// <summary>Workflow variables under concurrency, retries, catches and reuse of one interpreter.</summary>
public sealed class VariableScopeTests
{
    [Fact]
    public async Task Execute_ConcurrentMapIterations_KeepTheirOwnVariables()
    {
        var h = new AslHarness();
        h.Functions.Register("slow", async (payload, _) => { await Task.Delay(Random.Shared.Next(1, 20)); return payload; });
        var output = await h.Output("""
            {"StartAt":"M","States":{"M":{"Type":"Map","MaxConcurrency":0,"ItemProcessor":{"StartAt":"A","States":{
              "A":{"Type":"Pass","Assign":{"v.$":"$"},"Next":"T"},
              "T":{"Type":"Task","Resource":"arn:aws:lambda:us-east-1:123456789012:function:slow","Next":"R"},
              "R":{"Type":"Pass","OutputPath":"$v","End":true}}},"End":true}}}
            """, "[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16]");
        Assert.Equal("[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16]", output);
    }

    [Fact]
    public async Task Execute_ParallelBranchAssignments_DoNotLeakOut()
    {
        var (error, _) = await new AslHarness().Failure("""
            {"StartAt":"P","States":{"P":{"Type":"Parallel","Branches":[{"StartAt":"A","States":{"A":{"Type":"Pass","Assign":{"x":1},"End":true}}}],"Next":"R"},
              "R":{"Type":"Pass","OutputPath":"$x","End":true}}}
            """);
        Assert.Equal("States.Runtime", error);
    }

    [Fact]
    public async Task Execute_RetriedTask_AssignsOnceAndACatchAssignReplacesTheStates()
    {
        var h = new AslHarness();
        var n = 0;
        h.Function("f", p => { n++; if (n < 3) throw new InvalidOperationException("boom"); return p; });
        var result = await h.Run("""
            {"StartAt":"S","States":{
              "S":{"Type":"Pass","Assign":{"a":1},"Next":"T"},
              "T":{"Type":"Task","Resource":"arn:aws:lambda:us-east-1:123456789012:function:f","Assign":{"b.$":"$a"},
                 "Retry":[{"ErrorEquals":["States.ALL"],"MaxAttempts":5,"IntervalSeconds":1}],"Next":"R"},
              "R":{"Type":"Pass","Parameters":{"a.$":"$a","b.$":"$b"},"End":true}}}
            """);
        Assert.True(result.Succeeded, $"{result.Error}: {result.Cause}");
        Assert.Equal("""{"a":1,"b":1}""", AslJson.Serialize(result.Output));
    }

    [Fact]
    public async Task Execute_ConcurrentExecutions_DoNotShareScopes()
    {
        var h = new AslHarness();
        h.Functions.Register("slow", async (payload, _) => { await Task.Delay(Random.Shared.Next(1, 20)); return payload; });
        var interp = h.Interpreter("""
            {"StartAt":"A","States":{
              "A":{"Type":"Pass","Assign":{"v.$":"$.n"},"Next":"T"},
              "T":{"Type":"Task","Resource":"arn:aws:lambda:us-east-1:123456789012:function:slow","Next":"R"},
              "R":{"Type":"Pass","OutputPath":"$v","End":true}}}
            """);
        var tasks = Enumerable.Range(0, 20).Select(i => interp.ExecuteAsync(JsonNode.Parse($"{{\"n\":{i}}}"), new ExecutionOptions(ExecutionName: "e" + i))).ToArray();
        var results = await Task.WhenAll(tasks);
        for (var i = 0; i < 20; i++)
            Assert.Equal(i.ToString(), AslJson.Serialize(results[i].Output));
    }

    [Fact]
    public async Task Execute_AmbientScopeOfTheCaller_DoesNotReachAMachineWithoutAssign()
    {
        VariableScope.Current = new VariableScope();
        var (error, _) = await new AslHarness().Failure("""{"StartAt":"R","States":{"R":{"Type":"Pass","OutputPath":"$v","End":true}}}""");
        Assert.Equal("States.Runtime", error);
    }

    [Fact]
    public async Task Execute_CaughtOverLimitAssign_ShowsNoAssignedVariables()
    {
        // 41 states each assigning ~250 KB push the execution past 10 MB; the last one's Apply fails and is caught.
        var big = new string('x', 250_000);
        var states = new List<string>();
        for (var i = 0; i < 42; i++)
            states.Add($"\"S{i}\":{{\"Type\":\"Task\",\"Resource\":\"arn:aws:lambda:us-east-1:123456789012:function:f\",\"Assign\":{{\"v{i}\":\"{big}\"}},\"Catch\":[{{\"ErrorEquals\":[\"States.DataLimitExceeded\"],\"Next\":\"Done\"}}],\"Next\":\"{(i < 41 ? "S" + (i + 1) : "Done")}\"}}");
        var json = "{\"StartAt\":\"S0\",\"States\":{" + string.Join(",", states) + ",\"Done\":{\"Type\":\"Succeed\"}}}";
        var h = new AslHarness().Function("f", p => new JsonObject());
        var result = await h.Run(json);
        Assert.True(result.Succeeded, $"{result.Error}: {result.Cause}");
        var exited = result.Events.Where(e => e.Type == "TaskStateExited").ToList();
        var last = exited[^1].ToJson();
        Assert.Contains(result.Events, e => e.Error == "States.DataLimitExceeded" || (e.ToJson().ToJsonString().Contains("DataLimitExceeded")));
        Assert.True(last["assignedVariables"] is null, "assignedVariables shown: " + last["assignedVariables"]?.ToJsonString().Length);
    }
}
