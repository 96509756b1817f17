using System.Text.Json;
using ActivityAware.Core.Rendering;
using ActivityAware.Core.Rules;
using ActivityAware.Testing.Alerts;

namespace ActivityAware.Core.Tests.Rendering;

public sealed class PagerDutyEventRendererTests
{
    [Theory]
    [InlineData(Severity.Critical, "critical")]
    [InlineData(Severity.High, "error")]
    [InlineData(Severity.Medium, "warning")]
    [InlineData(Severity.Low, "info")]
    [InlineData(Severity.Info, "info")]
    public void Map_Severity_ReturnsPagerDutySeverity(Severity severity, string expected)
    {
        Assert.Equal(expected, PagerDutyEventRenderer.Map(severity));
    }

    [Fact]
    public void Render_Alert_TriggerWithEmptyRoutingKeyAndAlertKeyAsDedupKey()
    {
        var input = AccessDeniedRecordBuilder.AccessDenied().Enriched();
        using var trigger = JsonDocument.Parse(new PagerDutyEventRenderer().Render(input));
        var root = trigger.RootElement;

        Assert.Equal("", root.GetProperty("routing_key").GetString());
        Assert.Equal("trigger", root.GetProperty("event_action").GetString());
        Assert.Equal(input.Alert.AlertKey, root.GetProperty("dedup_key").GetString());
        Assert.Equal("warning", root.GetProperty("payload").GetProperty("severity").GetString());
        Assert.Equal(input.Alert.Title, root.GetProperty("payload").GetProperty("summary").GetString());
        Assert.Equal("2026-11-28T10:15:00.000Z", root.GetProperty("payload").GetProperty("timestamp").GetString());
        Assert.Equal("203.0.113.7", root.GetProperty("payload").GetProperty("custom_details").GetProperty("Source IP").GetString());
    }

    [Fact]
    public void Render_LongValues_SummaryAndDedupKeyWithinLimits()
    {
        var input = AccessDeniedRecordBuilder.AccessDenied().With("eventName", new string('N', 3000)).Enriched();
        using var trigger = JsonDocument.Parse(new PagerDutyEventRenderer().Render(input));

        Assert.Equal(PagerDutyEventRenderer.SummaryLimit, trigger.RootElement.GetProperty("payload").GetProperty("summary").GetString()!.Length);
        var dedup = trigger.RootElement.GetProperty("dedup_key").GetString()!;
        Assert.True(dedup.Length <= PagerDutyEventRenderer.DedupKeyLimit);
        Assert.Equal(PagerDutyEventRenderer.DedupKey(input.Alert.AlertKey), dedup);
        Assert.NotEqual(PagerDutyEventRenderer.DedupKey(input.Alert.AlertKey + "x"), dedup);
    }
}
