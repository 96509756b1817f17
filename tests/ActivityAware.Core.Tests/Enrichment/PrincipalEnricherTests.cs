using ActivityAware.Core.Enrichment;
using ActivityAware.Testing.Alerts;
using Microsoft.Extensions.Time.Testing;

namespace ActivityAware.Core.Tests.Enrichment;

/// <summary>What the enricher adds from a directory and when it does not ask; the IAM directory itself is tested against moto_server.</summary>
public sealed class PrincipalEnricherTests
{
    private const string Account = AccessDeniedRecordBuilder.AccountId;
    private const string Boundary = $"arn:aws:iam::{Account}:policy/DeveloperBoundary";
    private readonly RecordingDirectory _directory = new();

    private PrincipalEnricher Enricher(string account = Account) => new(new EventEnricher(), _directory, account, e => Unavailable = e);

    private PrincipalDirectoryUnavailableException? Unavailable { get; set; }

    [Fact]
    public async Task EnrichAsync_IamUserOfThisAccount_AddsTagsAliasAndSource()
    {
        _directory.Details = new PrincipalDetails(new Dictionary<string, string> { ["team"] = "payments" }, null);

        var enrichment = await Enricher().EnrichAsync(AccessDeniedRecordBuilder.AccessDenied().Alert());

        Assert.Equal(new PrincipalReference(PrincipalKind.User, "alice", Account, $"arn:aws:iam::{Account}:user/alice"), Assert.Single(_directory.Asked));
        Assert.Equal("iam", enrichment.Source);
        Assert.Equal("acme-prod", enrichment.AccountAlias);
        Assert.Equal("payments", enrichment.PrincipalTags["team"]);
    }

    [Fact]
    public async Task EnrichAsync_AssumedRole_AsksForTheRoleNotTheSession()
    {
        _directory.Details = new PrincipalDetails(new Dictionary<string, string>(), null);

        await Enricher().EnrichAsync(AccessDeniedRecordBuilder.AccessDenied().ForRole("Deployer", "ci-42").Alert());

        Assert.Equal(new PrincipalReference(PrincipalKind.Role, "Deployer", Account, $"arn:aws:iam::{Account}:role/Deployer"), Assert.Single(_directory.Asked));
    }

    [Fact]
    public async Task EnrichAsync_PrincipalOfAnotherAccount_DoesNotAskAndStaysEventOnly()
    {
        var enrichment = await Enricher(account: "999988887777").EnrichAsync(AccessDeniedRecordBuilder.AccessDenied().Alert());

        Assert.Empty(_directory.Asked);
        Assert.Equal("event-only", enrichment.Source);
    }

    [Fact]
    public async Task EnrichAsync_IamUnavailable_ReportsAndFallsBackToTheEvent()
    {
        _directory.Failure = new PrincipalDirectoryUnavailableException("IAM refused GetUser with HTTP 400 Throttling");

        var enrichment = await Enricher().EnrichAsync(AccessDeniedRecordBuilder.AccessDenied().Alert());

        Assert.Same(_directory.Failure, Unavailable);
        Assert.Equal("event-only", enrichment.Source);
        Assert.NotNull(enrichment.DenialReason);
    }

    [Fact]
    public async Task EnrichAsync_DenialWithoutNamedPolicyTypeByABoundedPrincipal_PointsAtTheBoundary()
    {
        _directory.Details = new PrincipalDetails(new Dictionary<string, string>(), Boundary);
        var alert = AccessDeniedRecordBuilder.AccessDenied().With("errorMessage", "Access Denied").Alert();

        var enrichment = await Enricher().EnrichAsync(alert);

        Assert.Equal(Boundary, enrichment.PermissionsBoundaryArn);
        Assert.Contains($"permissions boundary {Boundary}", enrichment.DenialExplanation, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EnrichAsync_DenialNamingAnScp_DoesNotBlameTheBoundary()
    {
        _directory.Details = new PrincipalDetails(new Dictionary<string, string>(), Boundary);
        var alert = AccessDeniedRecordBuilder.AccessDenied()
            .With("errorMessage", $"User: arn:aws:iam::{Account}:user/alice is not authorized to perform: s3:GetObject with an explicit deny in a service control policy").Alert();

        var enrichment = await Enricher().EnrichAsync(alert);

        Assert.DoesNotContain("boundary", enrichment.DenialExplanation, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CachingDirectory_SamePrincipalWithinItsLifetime_AsksIamOnce()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UnixEpoch);
        var cached = new CachingPrincipalDirectory(_directory, TimeSpan.FromMinutes(5), clock);
        var alice = new PrincipalReference(PrincipalKind.User, "alice", Account, $"arn:aws:iam::{Account}:user/alice");

        await cached.FindAsync(alice);
        await cached.FindAsync(alice);
        clock.Advance(TimeSpan.FromMinutes(6));
        await cached.FindAsync(alice);

        Assert.Equal(2, _directory.Asked.Count);
    }

    [Fact]
    public async Task CachingDirectory_AccountAliasWithinItsLifetime_AsksIamOnce()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UnixEpoch);
        var cached = new CachingPrincipalDirectory(_directory, TimeSpan.FromMinutes(5), clock);

        await cached.AccountAliasAsync();
        await cached.AccountAliasAsync();
        clock.Advance(TimeSpan.FromMinutes(6));
        await cached.AccountAliasAsync();

        Assert.Equal(2, _directory.AliasAsked);
    }

    [Fact]
    public async Task CachingDirectory_Full_ForgetsAndStillAnswers()
    {
        var cached = new CachingPrincipalDirectory(_directory, TimeSpan.FromMinutes(5), new FakeTimeProvider(DateTimeOffset.UnixEpoch), capacity: 2);
        var users = Enumerable.Range(0, 3).Select(i => new PrincipalReference(PrincipalKind.User, $"u{i}", Account, $"arn:aws:iam::{Account}:user/u{i}")).ToList();

        foreach (var user in users) await cached.FindAsync(user);
        await cached.FindAsync(users[0]);

        Assert.Equal(4, _directory.Asked.Count);
    }

    private sealed class RecordingDirectory : IPrincipalDirectory
    {
        public List<PrincipalReference> Asked { get; } = [];
        public PrincipalDetails? Details { get; set; }
        public PrincipalDirectoryUnavailableException? Failure { get; set; }

        public Task<PrincipalDetails?> FindAsync(PrincipalReference principal, CancellationToken cancellationToken = default)
        {
            Asked.Add(principal);
            return Failure is null ? Task.FromResult(Details) : Task.FromException<PrincipalDetails?>(Failure);
        }

        public int AliasAsked { get; private set; }

        public Task<string?> AccountAliasAsync(CancellationToken cancellationToken = default)
        {
            AliasAsked++;
            return Task.FromResult<string?>("acme-prod");
        }
    }
}
