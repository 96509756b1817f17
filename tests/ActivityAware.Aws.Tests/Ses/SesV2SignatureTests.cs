using System.Text;
using ActivityAware.Aws.Ses;
using ActivityAware.Aws.Signing;
using ActivityAware.Core.Delivery;
using ActivityAware.Core.Rendering;
using Amazon.Runtime;

namespace ActivityAware.Aws.Tests.Ses;

/// <summary>Our SES v2 client's SigV4 signature, checked by a moto_server that verifies signatures.</summary>
public sealed class SesV2SignatureTests(AuthenticatingMotoServer moto) : IClassFixture<AuthenticatingMotoServer>
{
    private static readonly EmailDocument Email = new(["sec@example.com"], "signed", "<p>html</p>", "text");

    [Fact]
    public async Task SendAsync_SignedWithRealKey_Accepted()
    {
        using var signed = SigV4HttpClientFactory.Create("ses", "us-east-1", new BasicAWSCredentials(moto.AccessKeyId, moto.SecretAccessKey));
        using (var content = new StringContent("""{"EmailIdentity":"signed@example.com"}""", Encoding.UTF8, "application/json"))
        using (var response = await signed.PostAsync(new Uri(moto.Endpoint, "/v2/email/identities"), content))
            Assert.True(response.IsSuccessStatusCode, $"CreateEmailIdentity answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");

        var messageId = await new SesV2EmailClient(signed, moto.Endpoint).SendAsync("signed@example.com", Email);

        Assert.False(string.IsNullOrEmpty(messageId));
    }

    [Fact]
    public async Task SendAsync_SignedWithWrongSecret_ConfigurationError()
    {
        using var wrong = SigV4HttpClientFactory.Create("ses", "us-east-1", new BasicAWSCredentials(moto.AccessKeyId, moto.SecretAccessKey + "x"));

        var e = await Assert.ThrowsAsync<DestinationConfigurationException>(() => new SesV2EmailClient(wrong, moto.Endpoint).SendAsync("signed@example.com", Email));

        Assert.Contains("HTTP 403", e.Message);
    }
}
