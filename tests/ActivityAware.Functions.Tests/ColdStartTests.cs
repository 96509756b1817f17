using ActivityAware.Functions.Tests.Support;

namespace ActivityAware.Functions.Tests;

/// <summary>The parameterless constructors the Lambda runtime calls: a missing required setting stops the cold start naming the variable.</summary>
[Collection(ProcessEnvironmentCollection.Name)]
public sealed class ColdStartTests
{
    [Fact]
    public void CheckDuplicateFunction_NoTableVariable_FailsNamingIt()
    {
        using var _ = new ScopedEnvironment(new() { ["ACTIVITY_AWARE_DEDUPE_TABLE"] = null, ["ACTIVITY_AWARE_DEDUPE_WINDOW_MINUTES"] = "15", ["AWS_REGION"] = "us-east-1" });
        var e = Assert.Throws<InvalidOperationException>(() => new CheckDuplicateFunction());
        Assert.Contains("ACTIVITY_AWARE_DEDUPE_TABLE", e.Message);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("fifteen")]
    public void CheckDuplicateFunction_BadWindow_FailsNamingIt(string window)
    {
        using var _ = new ScopedEnvironment(new() { ["ACTIVITY_AWARE_DEDUPE_TABLE"] = "t", ["ACTIVITY_AWARE_DEDUPE_WINDOW_MINUTES"] = window, ["AWS_REGION"] = "us-east-1" });
        var e = Assert.Throws<InvalidOperationException>(() => new CheckDuplicateFunction());
        Assert.Contains($"ACTIVITY_AWARE_DEDUPE_WINDOW_MINUTES is '{window}'", e.Message);
    }

    [Fact]
    public void SendEmailFunction_NoSender_FailsNamingIt()
    {
        using var _ = new ScopedEnvironment(new() { ["ACTIVITY_AWARE_EMAIL_FROM"] = null, ["AWS_REGION"] = "us-east-1" });
        var e = Assert.Throws<InvalidOperationException>(() => new SendEmailFunction());
        Assert.Contains("ACTIVITY_AWARE_EMAIL_FROM", e.Message);
    }

    [Fact]
    public void ChooseDestinationsFunction_RoutingFileMissing_FailsNamingIt()
    {
        using var _ = new ScopedEnvironment(new() { ["ACTIVITY_AWARE_ROUTING_FILE"] = "/nonexistent/routing.yaml" });
        var e = Assert.Throws<InvalidOperationException>(() => new ChooseDestinationsFunction());
        Assert.Contains("ACTIVITY_AWARE_ROUTING_FILE", e.Message);
    }

    [Fact]
    public void NormalizeFunction_BadLogLevel_FailsNamingIt()
    {
        using var _ = new ScopedEnvironment(new() { ["ACTIVITY_AWARE_LOG_LEVEL"] = "loud" });
        var e = Assert.Throws<InvalidOperationException>(() => new NormalizeFunction());
        Assert.Contains("ACTIVITY_AWARE_LOG_LEVEL", e.Message);
    }

    [Fact]
    public void EveryFunction_RequiredSettingsPresent_Constructs()
    {
        using var environment = new ScopedEnvironment(new()
        {
            ["ACTIVITY_AWARE_DEDUPE_TABLE"] = "t", ["ACTIVITY_AWARE_DEDUPE_WINDOW_MINUTES"] = "15", ["ACTIVITY_AWARE_EMAIL_FROM"] = "a@example.com",
            ["AWS_REGION"] = "us-east-1", ["ACTIVITY_AWARE_ACCOUNT_ID"] = "123456789012", ["AWS_ACCESS_KEY_ID"] = "testing", ["AWS_SECRET_ACCESS_KEY"] = "testing", ["ACTIVITY_AWARE_LOG_LEVEL"] = "warning",
        });
        object[] functions =
        [
            new NormalizeFunction(), new CheckDuplicateFunction(), new EnrichFunction(), new ChooseDestinationsFunction(),
            new SendToSlackFunction(), new SendEmailFunction(), new SendToPagerDutyFunction(), new SendToWebhookFunction(),
        ];
        Assert.Equal(8, functions.Length);
    }
}
