using ActivityAware.Local.Asl;

namespace ActivityAware.Local.Tests.Asl;

/// <summary>AWS prefixes a States.Runtime cause with the state it occurred in once, however deep in Map and Parallel.</summary>
public sealed class RuntimeCausePrefixTests
{
    private static int Count(string? s, string what) => s is null ? 0 : (s.Length - s.Replace(what, "").Length) / what.Length;

    [Theory]
    [InlineData("""{"StartAt":"M","States":{"M":{"Type":"Map","MaxConcurrency":2,"ItemProcessor":{"StartAt":"A","States":{"A":{"Type":"Pass","OutputPath":"$.nope","End":true}}},"End":true}}}""")]
    [InlineData("""{"StartAt":"P","States":{"P":{"Type":"Parallel","Branches":[{"StartAt":"A","States":{"A":{"Type":"Pass","OutputPath":"$.nope","End":true}}}],"End":true}}}""")]
    [InlineData("""{"StartAt":"O","States":{"O":{"Type":"Parallel","Branches":[{"StartAt":"M","States":{"M":{"Type":"Map","ItemsPath":"$.items","ItemProcessor":{"StartAt":"A","States":{"A":{"Type":"Pass","OutputPath":"$.nope","End":true}}},"End":true}}}],"End":true}}}""")]
    [InlineData("""{"StartAt":"M","States":{"M":{"Type":"Map","MaxConcurrencyPath":"$mc","ItemProcessor":{"StartAt":"A","States":{"A":{"Type":"Pass","End":true}}},"End":true}}}""")]
    public async Task Execute_RuntimeErrorInsideMapOrParallel_CauseIsPrefixedOnce(string json)
    {
        var (error, cause) = await new AslHarness().Failure(json, """{"items":[1,2]}""");
        Assert.Equal("States.Runtime", error);
        Assert.True(Count(cause, "An error occurred while executing the state") == 1, cause);
    }

    [Fact]
    public async Task Execute_MaxConcurrencyPathOfAVariable_RunsTheMap()
    {
        var output = await new AslHarness().Output("""
            {"StartAt":"S","States":{"S":{"Type":"Pass","Assign":{"mc":1},"Next":"M"},
              "M":{"Type":"Map","MaxConcurrencyPath":"$mc","ItemProcessor":{"StartAt":"A","States":{"A":{"Type":"Pass","End":true}}},"End":true}}}
            """, "[1,2]");
        Assert.Equal("[1,2]", output);
    }
}
