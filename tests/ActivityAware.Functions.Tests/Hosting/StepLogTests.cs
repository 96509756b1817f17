using System.Text.Json;
using ActivityAware.Functions.Hosting;

namespace ActivityAware.Functions.Tests.Hosting;

public sealed class StepLogTests
{
    [Fact]
    public void Info_BelowMinimumLevel_WritesNothing()
    {
        var writer = new StringWriter();
        new StepLog("Enrich", writer, LogLevel.Warning).Info("enriched", "e1", "r1");
        Assert.Equal("", writer.ToString());
    }

    [Fact]
    public void Failed_Exception_WritesOneJsonLineAndReturnsFalse()
    {
        var writer = new StringWriter();
        bool filtered;
        try { throw new InvalidOperationException("boom \"quoted\"\nnext line"); }
        catch (InvalidOperationException e) { filtered = new StepLog("SendToSlack", writer, LogLevel.Info).Failed(e, "e1", "AWS.AccessDenied"); }

        Assert.False(filtered);
        var line = Assert.Single(writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        using var entry = JsonDocument.Parse(line);
        Assert.Equal("error", entry.RootElement.GetProperty("level").GetString());
        Assert.Equal("SendToSlack", entry.RootElement.GetProperty("step").GetString());
        Assert.Equal("e1", entry.RootElement.GetProperty("eventId").GetString());
        Assert.Equal("AWS.AccessDenied", entry.RootElement.GetProperty("ruleId").GetString());
        Assert.Equal("InvalidOperationException", entry.RootElement.GetProperty("errorType").GetString());
        Assert.Contains("boom \"quoted\"\nnext line", entry.RootElement.GetProperty("exception").GetString());
    }
}
