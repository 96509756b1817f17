using ActivityAware.Aws.Iam;
using ActivityAware.Aws.Signing;
using ActivityAware.Aws.Tests.Ses;
using ActivityAware.Core.Enrichment;
using Amazon.Runtime;

namespace ActivityAware.Aws.Tests.Iam;

/// <summary>Our IAM client's SigV4 signature, checked by a moto_server that verifies signatures.</summary>
public sealed class IamSignatureTests(AuthenticatingMotoServer moto) : IClassFixture<AuthenticatingMotoServer>
{
    private static readonly PrincipalReference Mailer = new(PrincipalKind.User, "mailer", "123456789012", "arn:aws:iam::123456789012:user/mailer");

    [Fact]
    public async Task FindAsync_SignedWithRealKey_Accepted()
    {
        using var signed = SigV4HttpClientFactory.Create("iam", "us-east-1", new BasicAWSCredentials(moto.AccessKeyId, moto.SecretAccessKey));

        Assert.NotNull(await new IamPrincipalDirectory(signed, moto.Endpoint).FindAsync(Mailer));
    }

    [Fact]
    public async Task FindAsync_SignedWithWrongSecret_Unavailable()
    {
        using var wrong = SigV4HttpClientFactory.Create("iam", "us-east-1", new BasicAWSCredentials(moto.AccessKeyId, moto.SecretAccessKey + "x"));

        var e = await Assert.ThrowsAsync<PrincipalDirectoryUnavailableException>(() => new IamPrincipalDirectory(wrong, moto.Endpoint).FindAsync(Mailer));

        Assert.Contains("HTTP 403", e.Message);
    }
}
