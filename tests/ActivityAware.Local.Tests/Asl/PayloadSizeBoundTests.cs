using System.Text.Json.Nodes;
using ActivityAware.Local.Asl;

namespace ActivityAware.Local.Tests.Asl;

/// <summary>
/// The interpreter skips measuring a payload only when what it already measured bounds it; these are the cases where the bound
/// is over the limit, so the payload must still be measured and rejected.
/// </summary>
public class PayloadSizeBoundTests
{
    private static AslHarness EchoHarness() => new AslHarness().Function("f", payload => new JsonObject { ["size"] = AslJson.SizeInBytes(payload) });

    private static string InputOf(int characters) => AslJson.Serialize(new JsonObject { ["big"] = new string('x', characters) });

    [Fact]
    public async Task Parameters_SelectingAWithinLimitInputTwice_FailsWithDataLimitExceeded()
    {
        var (error, cause) = await EchoHarness().Failure(AslHarness.TaskMachine("\"Parameters\":{\"a.$\":\"$\",\"b.$\":\"$\"}"), InputOf(140_000));

        Assert.Equal("States.DataLimitExceeded", error);
        Assert.Contains("was given an input", cause, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Parameters_AddingLiteralsToAnInputJustWithinTheLimit_FailsWithDataLimitExceeded()
    {
        var parameters = "\"Parameters\":{\"p.$\":\"$\",\"pad\":\"" + new string('y', 100) + "\"}";

        var (error, cause) = await EchoHarness().Failure(AslHarness.TaskMachine(parameters), InputOf(262_120));

        Assert.Equal("States.DataLimitExceeded", error);
        Assert.Contains("was given an input", cause, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Parameters_SelectingAWithinLimitInputOnce_Succeeds()
    {
        var result = await EchoHarness().Run(AslHarness.TaskMachine("\"Parameters\":{\"p.$\":\"$\"}"), InputOf(200_000));

        Assert.True(result.Succeeded, result.Cause);
        Assert.Equal(200_000 + """{"p":{"big":""}}""".Length, (int?)result.Output!["size"]);
    }
}
