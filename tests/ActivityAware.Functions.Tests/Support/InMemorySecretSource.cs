using ActivityAware.Core.Delivery;

namespace ActivityAware.Functions.Tests.Support;

/// <summary>Secrets by parameter name; a missing name fails as SSM's ParameterNotFound does through the real source.</summary>
internal sealed class InMemorySecretSource(IReadOnlyDictionary<string, string> secrets) : ISecretSource
{
    public Task<string> GetAsync(string parameterName, CancellationToken cancellationToken = default) =>
        secrets.TryGetValue(parameterName, out var value)
            ? Task.FromResult(value)
            : Task.FromException<string>(new DestinationConfigurationException($"SSM parameter '{parameterName}' does not exist"));
}
