using ActivityAware.Core.Delivery;
using ActivityAware.Core.Pipeline;

namespace ActivityAware.Aws.Http;

/// <summary>
/// Delivers Slack and webhook items: the URL is the item's secret parameter, the body the rendered message. An item without a secret
/// parameter (nothing configured) is a dry run.
/// </summary>
public sealed class HttpDestinationSender(HttpJsonPoster poster, ISecretSource secrets)
{
    public async Task<DeliveryResult> SendAsync(DeliveryItem item, string expectedType, CancellationToken cancellationToken = default)
    {
        DeliveryResults.RequireType(item, expectedType);
        if (item.SecretParameter is null) return DeliveryResults.DryRunOf(item, "no secret parameter configured");

        var secret = await secrets.GetAsync(item.SecretParameter, cancellationToken);
        if (!Uri.TryCreate(secret.Trim(), UriKind.Absolute, out var url) || url.Scheme is not ("https" or "http"))
            throw new DestinationConfigurationException($"SSM parameter '{item.SecretParameter}' of destination '{item.Name}' does not hold an absolute http(s) URL");

        var status = await poster.PostAsync(item.Name, url, item.Message, cancellationToken);
        return DeliveryResults.SentOk(item, status);
    }
}
