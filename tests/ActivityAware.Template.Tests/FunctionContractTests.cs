using System.Text.Json.Nodes;
using ActivityAware.Template.Tests.Checks;
using ActivityAware.Template.Tests.Support;

namespace ActivityAware.Template.Tests;

public sealed class FunctionContractTests
{
    [Fact]
    public async Task Functions_AreTheEightStepsOnDotnet10BuiltByMakefileFromOneCodeUri()
    {
        var functions = TranslatedTemplate.ResourcesOfType(await TranslatedTemplate.OfRepositoryAsync(), "AWS::Lambda::Function").ToList();

        Assert.Equal(SamTranslationTests.FunctionLogicalIds.Order(), functions.Select(f => f.LogicalId).Order());
        foreach (var (logicalId, function) in functions)
        {
            Assert.Equal("dotnet10", function["Properties"]!["Runtime"]!.GetValue<string>());
            Assert.Equal("makefile", function["Metadata"]?["BuildMethod"]?.GetValue<string>());
            Assert.Equal($"ActivityAware.Functions::ActivityAware.Functions.{logicalId}::Handle", function["Properties"]!["Handler"]!.GetValue<string>());
        }
        Assert.Single(functions.Select(f => f.Resource["Properties"]!["Code"]!.ToJsonString()).Distinct());
    }

    /// <summary>Passes once the handler classes (steps branch) are in ActivityAware.Functions.</summary>
    [Fact]
    public async Task Handlers_ResolveToStreamHandlersInTheFunctionsAssembly()
    {
        var functions = TranslatedTemplate.ResourcesOfType(await TranslatedTemplate.OfRepositoryAsync(), "AWS::Lambda::Function");

        var problems = functions
            .Select(f => LambdaHandlerResolver.Problem(f.Resource["Properties"]!["Handler"]!.GetValue<string>()))
            .OfType<string>()
            .ToList();

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public void Problem_HandlerOfTheRightShape_IsNull()
    {
        Assert.Null(LambdaHandlerResolver.Problem("ActivityAware.Template.Tests::ActivityAware.Template.Tests.Fixtures.StreamEchoHandler::Handle"));
    }

    [Theory]
    [InlineData("ActivityAware.Template.Tests::ActivityAware.Template.Tests.Fixtures.SynchronousHandler::Handle", "must return Task<Stream>")]
    [InlineData("ActivityAware.Template.Tests::ActivityAware.Template.Tests.Fixtures.NoSuchHandler::Handle", "does not exist")]
    [InlineData("ActivityAware.Template.Tests::ActivityAware.Template.Tests.Fixtures.StreamEchoHandler::Run", "no public instance method Run(Stream)")]
    [InlineData("NoSuchAssembly::NoSuch.Type::Handle", "assembly NoSuchAssembly not found")]
    [InlineData("ActivityAware.Functions.NormalizeFunction::Handle", "is not Assembly::Namespace.Type::Method")]
    public void Problem_BrokenHandler_SaysWhatIsWrong(string handler, string expected)
    {
        Assert.Contains(expected, LambdaHandlerResolver.Problem(handler), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("CheckDuplicateFunction", "ACTIVITY_AWARE_DEDUPE_TABLE", "{\"Ref\":\"DedupeTable\"}")]
    [InlineData("CheckDuplicateFunction", "ACTIVITY_AWARE_DEDUPE_WINDOW_MINUTES", "{\"Ref\":\"DedupeWindowMinutes\"}")]
    [InlineData("ChooseDestinationsFunction", "ACTIVITY_AWARE_SLACK_SECRET_PARAMETER", "{\"Ref\":\"SlackWebhookParameterName\"}")]
    [InlineData("ChooseDestinationsFunction", "ACTIVITY_AWARE_PAGERDUTY_SECRET_PARAMETER", "{\"Ref\":\"PagerDutyRoutingKeyParameterName\"}")]
    [InlineData("ChooseDestinationsFunction", "ACTIVITY_AWARE_WEBHOOK_SECRET_PARAMETER", "{\"Ref\":\"WebhookUrlParameterName\"}")]
    [InlineData("ChooseDestinationsFunction", "ACTIVITY_AWARE_EMAIL_FROM", "{\"Ref\":\"EmailSender\"}")]
    [InlineData("ChooseDestinationsFunction", "ACTIVITY_AWARE_EMAIL_TO", "{\"Ref\":\"EmailRecipients\"}")]
    [InlineData("SendEmailFunction", "ACTIVITY_AWARE_EMAIL_FROM", "{\"Ref\":\"EmailSender\"}")]
    public async Task Environment_StepGetsTheVariableItReads(string logicalId, string variable, string value)
    {
        var variables = await VariablesOf(logicalId);

        Assert.Equal(value, variables[variable]?.ToJsonString());
    }

    [Fact]
    public async Task Environment_EveryFunctionGetsTheLogLevel()
    {
        foreach (var logicalId in SamTranslationTests.FunctionLogicalIds)
            Assert.Equal("{\"Ref\":\"LogLevel\"}", (await VariablesOf(logicalId))["ACTIVITY_AWARE_LOG_LEVEL"]?.ToJsonString());
    }

    private static async Task<JsonObject> VariablesOf(string logicalId) =>
        (await TranslatedTemplate.OfRepositoryAsync())["Resources"]![logicalId]!["Properties"]!["Environment"]!["Variables"]!.AsObject();
}
