namespace ActivityAware.Core.Delivery;

/// <summary>Reads a destination secret (webhook URL, routing key) by parameter name. Missing or unreadable: <see cref="DestinationConfigurationException"/>.</summary>
public interface ISecretSource
{
    Task<string> GetAsync(string parameterName, CancellationToken cancellationToken = default);
}
