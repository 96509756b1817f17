using ActivityAware.Aws.Http;
using ActivityAware.Core.Delivery;
using ActivityAware.Core.Routing;
using ActivityAware.Functions.Hosting;
using ActivityAware.Functions.Tests.Support;
using ActivityAware.Testing;

namespace ActivityAware.Functions.Tests;

public sealed class SendToSlackFunctionTests : IDisposable
{
    private const string Parameter = "/activity-aware/slack-webhook";
    private readonly LoopbackHttpServer _slack = new();
    private readonly StringWriter _log = new();

    private SendToSlackFunction Function(string? secret = null) => new(
        new HttpDestinationSender(
            new HttpJsonPoster(new HttpClient { Timeout = TimeSpan.FromSeconds(5) }, TimeProvider.System),
            new InMemorySecretSource(new Dictionary<string, string> { [Parameter] = secret ?? SecretUrl })),
        new StepLog("test", _log, LogLevel.Debug));

    private string SecretUrl => new Uri(_slack.BaseUri, "services/T000/B000/s3cr3tT0ken").ToString();

    [Fact]
    public async Task Handle_SlackAnswers200_SentWithTheRenderedMessage()
    {
        var item = DeliveryItems.For(DestinationTypes.Slack, Parameter);

        var result = Payload.Read(await Function().Handle(Payload.Of(item, Payload.Contracts.DeliveryItem)), Payload.Contracts.DeliveryResult);

        Assert.Equal(("test-slack", "slack", "sent", 200), (result.Destination, result.Type, result.Status, result.HttpStatus));
        var request = Assert.Single(_slack.Requests);
        Assert.Equal(("POST", "/services/T000/B000/s3cr3tT0ken"), (request.Method, request.PathAndQuery));
        Assert.Equal(item.Message, request.Body);
        Assert.StartsWith("application/json", request.Headers["Content-Type"]);
        Assert.DoesNotContain("s3cr3tT0ken", _log.ToString());
    }

    [Fact]
    public async Task Handle_Slack429_ThrottledWithRetryAfter()
    {
        _slack.Enqueue(429, "rate_limited", new Dictionary<string, string> { ["Retry-After"] = "30" });

        var e = await Assert.ThrowsAsync<DestinationThrottledException>(() => Function().Handle(Payload.Of(DeliveryItems.For(DestinationTypes.Slack, Parameter), Payload.Contracts.DeliveryItem)));

        Assert.Equal(TimeSpan.FromSeconds(30), e.RetryAfter);
        Assert.Contains("Retry-After 30 s", e.Message);
    }

    [Theory]
    [InlineData(500, typeof(DestinationUnavailableException))]
    [InlineData(503, typeof(DestinationUnavailableException))]
    [InlineData(400, typeof(DestinationRejectedException))]
    [InlineData(403, typeof(DestinationRejectedException))]
    [InlineData(404, typeof(DestinationRejectedException))]
    public async Task Handle_SlackErrorStatus_MapsToExceptionType(int status, Type expected)
    {
        _slack.Enqueue(status, "invalid_token");

        var e = await Assert.ThrowsAnyAsync<Exception>(() => Function().Handle(Payload.Of(DeliveryItems.For(DestinationTypes.Slack, Parameter), Payload.Contracts.DeliveryItem)));

        Assert.IsType(expected, e);
        Assert.Contains($"HTTP {status}: invalid_token", e.Message);
        Assert.DoesNotContain("s3cr3tT0ken", e.ToString());
        Assert.Contains("\"level\":\"error\"", _log.ToString());
        Assert.DoesNotContain("s3cr3tT0ken", _log.ToString());
    }

    [Fact]
    public async Task Handle_ConnectionRefused_Unavailable()
    {
        var closed = $"http://127.0.0.1:{FreePort.Next()}/hook/s3cr3tT0ken";

        var e = await Assert.ThrowsAsync<DestinationUnavailableException>(() => Function(closed).Handle(Payload.Of(DeliveryItems.For(DestinationTypes.Slack, Parameter), Payload.Contracts.DeliveryItem)));

        Assert.DoesNotContain("s3cr3tT0ken", e.ToString());
    }

    [Fact]
    public async Task Handle_SecretIsNotAUrl_ConfigurationErrorWithoutTheValue()
    {
        var e = await Assert.ThrowsAsync<DestinationConfigurationException>(() => Function("xoxb-not-a-url").Handle(Payload.Of(DeliveryItems.For(DestinationTypes.Slack, Parameter), Payload.Contracts.DeliveryItem)));

        Assert.Contains(Parameter, e.Message);
        Assert.DoesNotContain("xoxb-not-a-url", e.Message);
    }

    [Fact]
    public async Task Handle_MissingParameter_ConfigurationError()
    {
        var item = DeliveryItems.For(DestinationTypes.Slack, "/activity-aware/other");
        var e = await Assert.ThrowsAsync<DestinationConfigurationException>(() => Function().Handle(Payload.Of(item, Payload.Contracts.DeliveryItem)));
        Assert.Contains("/activity-aware/other", e.Message);
    }

    [Fact]
    public async Task Handle_NoSecretParameter_DryRunWithMessageAndNothingSent()
    {
        var item = DeliveryItems.For(DestinationTypes.Slack, null);

        var result = Payload.Read(await Function().Handle(Payload.Of(item, Payload.Contracts.DeliveryItem)), Payload.Contracts.DeliveryResult);

        Assert.Equal("dry-run", result.Status);
        Assert.EndsWith(item.Message, result.Detail);
        Assert.Empty(_slack.Requests);
    }

    [Fact]
    public async Task Handle_ItemOfAnotherType_ConfigurationError()
    {
        var item = DeliveryItems.For(DestinationTypes.Webhook, Parameter);
        await Assert.ThrowsAsync<DestinationConfigurationException>(() => Function().Handle(Payload.Of(item, Payload.Contracts.DeliveryItem)));
        Assert.Empty(_slack.Requests);
    }

    public void Dispose() => _slack.Dispose();
}
