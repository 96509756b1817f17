using System.Text.Json;
using ActivityAware.Core.Json;
using ActivityAware.Core.Rendering;
using ActivityAware.Testing.Alerts;

namespace ActivityAware.Core.Tests.Rendering;

public sealed class WebhookMessageRendererTests
{
    [Fact]
    public void Render_Alert_IsTheEnrichedAlertAsJson()
    {
        var input = AccessDeniedRecordBuilder.AccessDenied().With("userAgent", HostileValues.SlackUserAgent).Enriched();

        var json = new WebhookMessageRenderer().Render(input);
        var back = JsonSerializer.Deserialize(json, CoreJsonContext.Default.EnrichOutput)!;

        Assert.Equal(HostileValues.SlackUserAgent, back.Alert.Event.UserAgent);
        Assert.Equal(input.Alert.AlertKey, back.Alert.AlertKey);
        Assert.Equal(input.Enrichment, back.Enrichment! with { PrincipalTags = input.Enrichment!.PrincipalTags });
        Assert.Equal("medium", JsonDocument.Parse(json).RootElement.GetProperty("alert").GetProperty("severity").GetString());
    }
}
