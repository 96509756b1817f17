using System.Collections.Concurrent;
using System.Net;
using Amazon.Runtime;
using Amazon.SimpleSystemsManagement;
using Amazon.SimpleSystemsManagement.Model;
using ActivityAware.Core.Delivery;

namespace ActivityAware.Aws.Ssm;

/// <summary>
/// Destination secrets from SSM Parameter Store (SecureString, decrypted), cached for the life of the container. A missing or unreadable
/// parameter is a configuration error; throttling and 5xx are transient. Values never appear in messages.
/// </summary>
public sealed class SsmSecretSource(IAmazonSimpleSystemsManagement ssm) : ISecretSource
{
    private readonly ConcurrentDictionary<string, string> _cache = new(StringComparer.Ordinal);

    public async Task<string> GetAsync(string parameterName, CancellationToken cancellationToken = default)
    {
        if (_cache.TryGetValue(parameterName, out var cached)) return cached;
        string value;
        try
        {
            var response = await ssm.GetParameterAsync(new GetParameterRequest { Name = parameterName, WithDecryption = true }, cancellationToken);
            value = response.Parameter?.Value ?? throw new DestinationConfigurationException($"SSM parameter '{parameterName}' has no value");
        }
        catch (ParameterNotFoundException e)
        {
            throw new DestinationConfigurationException($"SSM parameter '{parameterName}' does not exist; create it as a SecureString holding the destination's URL or key", e);
        }
        catch (AmazonServiceException e) when (e.StatusCode >= HttpStatusCode.InternalServerError || e.ErrorCode is "ThrottlingException" or "TooManyUpdates")
        {
            throw new DestinationUnavailableException($"SSM did not return parameter '{parameterName}': {e.ErrorCode}", e);
        }
        catch (AmazonServiceException e)
        {
            throw new DestinationConfigurationException($"SSM parameter '{parameterName}' cannot be read: {e.ErrorCode} (HTTP {(int)e.StatusCode}); check the function's ssm:GetParameter and kms:Decrypt permissions", e);
        }
        catch (HttpRequestException e)
        {
            throw new DestinationUnavailableException($"SSM could not be reached to read parameter '{parameterName}'", e);
        }

        if (string.IsNullOrWhiteSpace(value)) throw new DestinationConfigurationException($"SSM parameter '{parameterName}' is empty");
        _cache.TryAdd(parameterName, value);
        return value;
    }
}
