using ActivityAware.Aws.Iam;
using ActivityAware.Aws.Signing;
using ActivityAware.Core.Enrichment;
using ActivityAware.Testing;
using Amazon.Runtime;

namespace ActivityAware.Aws.Tests.Iam;

public sealed class IamPrincipalDirectoryTests(MotoServer moto) : IClassFixture<MotoServer>, IAsyncLifetime
{
    private const string Boundary = $"arn:aws:iam::{MotoServer.AccountId}:policy/DeveloperBoundary";
    private readonly HttpClient _setup = new();
    private readonly string _suffix = Guid.NewGuid().ToString("N")[..8];
    private HttpClient _signed = null!;

    private string User => $"alice-{_suffix}";
    private string Role => $"Deployer-{_suffix}";

    public async Task InitializeAsync()
    {
        await moto.ResetAsync();
        _signed = SigV4HttpClientFactory.Create("iam", "us-east-1", new BasicAWSCredentials("testing", "testing"));
        await IamQuery.CallAsync(_setup, moto.Endpoint, "CreatePolicy", ("PolicyName", "DeveloperBoundary"),
            ("PolicyDocument", """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*"}]}"""));
        await IamQuery.CallAsync(_setup, moto.Endpoint, "CreateUser", ("UserName", User), ("Path", "/engineering/"),
            ("Tags.member.1.Key", "team"), ("Tags.member.1.Value", "payments"), ("Tags.member.2.Key", "owner"), ("Tags.member.2.Value", "alice@example.com"));
        await IamQuery.CallAsync(_setup, moto.Endpoint, "CreateRole", ("RoleName", Role), ("AssumeRolePolicyDocument", "{}"),
            ("PermissionsBoundary", Boundary), ("Tags.member.1.Key", "owner"), ("Tags.member.1.Value", "platform"));
    }

    private IamPrincipalDirectory Directory() => new(_signed, moto.Endpoint);

    [Fact]
    public async Task FindAsync_User_ReturnsItsTags()
    {
        var details = await Directory().FindAsync(new PrincipalReference(PrincipalKind.User, User, MotoServer.AccountId, $"arn:aws:iam::{MotoServer.AccountId}:user/engineering/{User}"));

        Assert.NotNull(details);
        Assert.Equal(new Dictionary<string, string> { ["team"] = "payments", ["owner"] = "alice@example.com" }, details.Tags);
        Assert.Null(details.PermissionsBoundaryArn);
    }

    [Fact]
    public async Task FindAsync_Role_ReturnsItsTagsAndPermissionsBoundary()
    {
        var details = await Directory().FindAsync(new PrincipalReference(PrincipalKind.Role, Role, MotoServer.AccountId, $"arn:aws:iam::{MotoServer.AccountId}:role/{Role}"));

        Assert.NotNull(details);
        Assert.Equal("platform", details.Tags["owner"]);
        Assert.Equal(Boundary, details.PermissionsBoundaryArn);
    }

    [Fact]
    public async Task FindAsync_DeletedPrincipal_IsNotFoundRatherThanAnError()
    {
        Assert.Null(await Directory().FindAsync(new PrincipalReference(PrincipalKind.User, "nobody", MotoServer.AccountId, "arn:aws:iam::123456789012:user/nobody")));
    }

    [Fact]
    public async Task AccountAliasAsync_ReturnsTheAliasOrNullWithoutOne()
    {
        Assert.Null(await Directory().AccountAliasAsync());
        await IamQuery.CallAsync(_setup, moto.Endpoint, "CreateAccountAlias", ("AccountAlias", "acme-prod"));

        Assert.Equal("acme-prod", await Directory().AccountAliasAsync());
    }

    [Fact]
    public async Task FindAsync_EndpointUnreachable_Unavailable()
    {
        var dead = new IamPrincipalDirectory(_signed, new Uri($"http://127.0.0.1:{FreePort.Next()}/"));

        await Assert.ThrowsAsync<PrincipalDirectoryUnavailableException>(() => dead.AccountAliasAsync());
    }

    public Task DisposeAsync()
    {
        _setup.Dispose();
        _signed.Dispose();
        return Task.CompletedTask;
    }
}
