using System.Text.Json;
using ActivityAware.Core.Json;
using ActivityAware.Core.Pipeline;

namespace ActivityAware.Core.Rendering;

/// <summary>The webhook body: the enriched alert as plain JSON, the same contract as the step payloads (camelCase, nulls omitted).</summary>
public sealed class WebhookMessageRenderer
{
    public string Render(EnrichOutput input) => JsonSerializer.Serialize(input, CoreJsonContext.Default.EnrichOutput);
}
