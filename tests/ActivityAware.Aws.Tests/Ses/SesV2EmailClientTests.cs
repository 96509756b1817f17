using System.Text;
using ActivityAware.Aws.Ses;
using ActivityAware.Aws.Signing;
using ActivityAware.Core.Delivery;
using ActivityAware.Core.Rendering;
using ActivityAware.Testing;
using Amazon.Runtime;

namespace ActivityAware.Aws.Tests.Ses;

public sealed class SesV2EmailClientTests(MotoServer moto) : IClassFixture<MotoServer>, IDisposable
{
    private readonly HttpClient _signed = SigV4HttpClientFactory.Create("ses", MotoServer.Region, new BasicAWSCredentials("testing", "testing"));
    private static readonly EmailDocument Email = new(["sec@example.com"], "[Activity Aware] [HIGH] test", "<p>&lt;script&gt; html</p>", "text part");

    [Fact]
    public async Task SendAsync_VerifiedSender_MotoRecordsTheMessage()
    {
        var sender = "alerts-" + Guid.NewGuid().ToString("N")[..6] + "@example.com";
        await CreateIdentityAsync(sender);

        var messageId = await new SesV2EmailClient(_signed, moto.Endpoint).SendAsync(sender, Email);

        var data = await moto.GetDataAsync();
        var message = Assert.Single(data!["ses"]!["Message"]!.AsArray(), m => (string?)m!["id"] == messageId)!;
        Assert.Equal(sender, (string?)message["source"]);
        Assert.Equal(Email.Subject, (string?)message["subject"]);
        Assert.Equal(Email.Html, (string?)message["body"]);
        Assert.Equal("sec@example.com", (string?)message["destinations"]!["ToAddresses"]![0]);
    }

    [Fact]
    public async Task SendAsync_UnverifiedSender_Rejected()
    {
        var e = await Assert.ThrowsAsync<DestinationRejectedException>(() => new SesV2EmailClient(_signed, moto.Endpoint).SendAsync("nobody@example.com", Email));
        Assert.Contains("not verified", e.Message);
    }

    [Fact]
    public async Task SendAsync_SesUnreachable_Unavailable()
    {
        var dead = new Uri($"http://127.0.0.1:{FreePort.Next()}");
        await Assert.ThrowsAsync<DestinationUnavailableException>(() => new SesV2EmailClient(_signed, dead).SendAsync("a@example.com", Email));
    }

    /// <summary>SES v2 CreateEmailIdentity, signed the same way; moto marks the address verified at once.</summary>
    private async Task CreateIdentityAsync(string address)
    {
        using var content = new StringContent($$"""{"EmailIdentity":"{{address}}"}""", Encoding.UTF8, "application/json");
        using var response = await _signed.PostAsync(new Uri(moto.Endpoint, "/v2/email/identities"), content);
        response.EnsureSuccessStatusCode();
    }

    public void Dispose() => _signed.Dispose();
}
