using ActivityAware.Aws.Ssm;
using ActivityAware.Core.Delivery;
using ActivityAware.Testing;
using Amazon.Runtime;
using Amazon.SimpleSystemsManagement;
using Amazon.SimpleSystemsManagement.Model;

namespace ActivityAware.Aws.Tests.Ssm;

public sealed class SsmSecretSourceTests(MotoServer moto) : IClassFixture<MotoServer>, IDisposable
{
    private readonly AmazonSimpleSystemsManagementClient _ssm = Client(moto.Endpoint);
    private readonly string _name = "/activity-aware/test/" + Guid.NewGuid().ToString("N")[..8];

    [Fact]
    public async Task GetAsync_SecureString_ReturnsDecryptedValueAndCaches()
    {
        await _ssm.PutParameterAsync(new PutParameterRequest { Name = _name, Value = "https://hooks.example/T/B/secret", Type = ParameterType.SecureString });
        var source = new SsmSecretSource(_ssm);

        Assert.Equal("https://hooks.example/T/B/secret", await source.GetAsync(_name));
        await _ssm.DeleteParameterAsync(new DeleteParameterRequest { Name = _name });
        Assert.Equal("https://hooks.example/T/B/secret", await source.GetAsync(_name));
        await Assert.ThrowsAsync<DestinationConfigurationException>(() => new SsmSecretSource(_ssm).GetAsync(_name));
    }

    [Fact]
    public async Task GetAsync_MissingParameter_ConfigurationErrorNamingIt()
    {
        var e = await Assert.ThrowsAsync<DestinationConfigurationException>(() => new SsmSecretSource(_ssm).GetAsync(_name));
        Assert.Contains($"SSM parameter '{_name}' does not exist", e.Message);
    }

    [Fact]
    public async Task GetAsync_SsmUnreachable_Unavailable()
    {
        using var dead = Client(new Uri($"http://127.0.0.1:{FreePort.Next()}"));
        await Assert.ThrowsAsync<DestinationUnavailableException>(() => new SsmSecretSource(dead).GetAsync(_name));
    }

    internal static AmazonSimpleSystemsManagementClient Client(Uri endpoint) => new(
        new BasicAWSCredentials("testing", "testing"),
        new AmazonSimpleSystemsManagementConfig { ServiceURL = endpoint.ToString(), AuthenticationRegion = MotoServer.Region, MaxErrorRetry = 0, Timeout = TimeSpan.FromSeconds(60) });

    public void Dispose() => _ssm.Dispose();
}
