using System.Text.Json.Nodes;
using ActivityAware.Template.Tests.Iam;
using ActivityAware.Template.Tests.Support;
using ActivityAware.Testing;

namespace ActivityAware.Template.Tests;

public sealed class IamPolicyAuditTests
{
    [Fact]
    public async Task Find_RepositoryTemplate_ReportsNothing()
    {
        var template = await TranslatedTemplate.OfRepositoryAsync();

        Assert.Empty(IamPolicyAudit.Find(template));
        Assert.True(IamStatementFinder.FindAll(template).Count >= 15, "the finder must see the template's statements");
    }

    [Fact]
    public async Task Find_WildcardAction_IsReported()
    {
        var template = await TranslatedTemplate.OfRepositoryAsync();
        Statement(template, "DedupeRecords")["Action"] = new JsonArray("dynamodb:*");

        Assert.Contains(IamPolicyAudit.Find(template), finding => finding.Contains("wildcard action 'dynamodb:*'", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Find_WildcardActionInsideConditionalSamPolicy_IsReported()
    {
        var template = await TranslatedTemplate.OfRepositoryAsync();
        Statement(template, "SendFromSender")["Action"] = "ses:Send*";

        Assert.Contains(IamPolicyAudit.Find(template), finding => finding.Contains("SendEmailFunctionRole", StringComparison.Ordinal)
            && finding.Contains("ses:Send*", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Find_SamPolicyTemplateGrantingResourceStar_IsReportedAfterTranslation()
    {
        using var scratch = new ScratchDirectory();
        scratch.Write("statemachine/activity-aware.asl.json", File.ReadAllText(RepositoryRoot.Combine("statemachine", "activity-aware.asl.json")));
        var withPolicyTemplate = File.ReadAllText(RepositoryRoot.Combine("template.yaml")).Replace(
            "      Policies:\n        - Statement:\n            - Sid: ReadPrincipals\n",
            "      Policies:\n        - CloudWatchPutMetricPolicy: {}\n        - Statement:\n            - Sid: ReadPrincipals\n",
            StringComparison.Ordinal);

        var template = await TranslatedTemplate.TranslateAsync(scratch.Write("template.yaml", withPolicyTemplate));

        Assert.Contains(IamPolicyAudit.Find(template), finding => finding.Contains("EnrichFunctionRole", StringComparison.Ordinal)
            && finding.Contains("Resource '*' for cloudwatch:PutMetricData", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Find_ResourceStarForAScopableAction_IsReported()
    {
        var template = await TranslatedTemplate.OfRepositoryAsync();
        Statement(template, "DedupeRecords")["Resource"] = "*";

        Assert.Contains(IamPolicyAudit.Find(template), finding => finding.Contains("Resource '*' for dynamodb:GetItem", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Find_NotAction_IsReported()
    {
        var template = await TranslatedTemplate.OfRepositoryAsync();
        var statement = Statement(template, "DeadLetter");
        statement.Remove("Action");
        statement["NotAction"] = "sqs:DeleteQueue";

        Assert.Contains(IamPolicyAudit.Find(template), finding => finding.Contains("NotAction", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Find_AllowToAnyPrincipal_IsReported()
    {
        var template = await TranslatedTemplate.OfRepositoryAsync();
        Statement(template, "EventBridgeDeadLettersFromTheRule")["Principal"] = "*";

        Assert.Contains(IamPolicyAudit.Find(template), finding => finding.Contains("Principal '*'", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Find_ManagedPolicyNotOnTheAllowlist_IsReported()
    {
        var template = await TranslatedTemplate.OfRepositoryAsync();
        ((JsonArray)template["Resources"]!["EnrichFunctionRole"]!["Properties"]!["ManagedPolicyArns"]!).Add("arn:aws:iam::aws:policy/IAMReadOnlyAccess");

        Assert.Contains(IamPolicyAudit.Find(template), finding => finding.Contains("IAMReadOnlyAccess", StringComparison.Ordinal));
    }

    [Fact]
    public async Task StateMachineRole_InvokesExactlyTheEightFunctionsAndTheirVersions()
    {
        var template = await TranslatedTemplate.OfRepositoryAsync();
        var resources = Statement(template, "InvokeSteps")["Resource"]!.AsArray().Select(node => node!.ToJsonString()).Order();

        var expected = SamTranslationTests.FunctionLogicalIds
            .SelectMany(id => new[] { $"{{\"Fn::GetAtt\":[\"{id}\",\"Arn\"]}}", $"{{\"Fn::Sub\":\"${{{id}.Arn}}:*\"}}" })
            .Order();
        Assert.Equal(expected, resources);
        Assert.Equal("lambda:InvokeFunction", Statement(template, "InvokeSteps")["Action"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("ReadSlackWebhookUrl", "DecryptSlackWebhookUrlThroughSsm", "SlackWebhookParameterName")]
    [InlineData("ReadPagerDutyRoutingKey", "DecryptPagerDutyRoutingKeyThroughSsm", "PagerDutyRoutingKeyParameterName")]
    [InlineData("ReadWebhookUrl", "DecryptWebhookUrlThroughSsm", "WebhookUrlParameterName")]
    public async Task DeliveryRole_ReadsOnlyItsParameterAndDecryptsOnlyThroughSsm(string readSid, string decryptSid, string parameter)
    {
        var template = await TranslatedTemplate.OfRepositoryAsync();
        var parameterArn = $"arn:${{AWS::Partition}}:ssm:${{AWS::Region}}:${{AWS::AccountId}}:parameter${{{parameter}}}";

        var read = Statement(template, readSid);
        Assert.Equal("ssm:GetParameter", read["Action"]!.GetValue<string>());
        Assert.Equal(parameterArn, read["Resource"]!["Fn::Sub"]!.GetValue<string>());
        var decrypt = Statement(template, decryptSid);
        Assert.Equal("kms:Decrypt", decrypt["Action"]!.GetValue<string>());
        Assert.Equal("ssm.${AWS::Region}.amazonaws.com", decrypt["Condition"]!["StringEquals"]!["kms:ViaService"]!["Fn::Sub"]!.GetValue<string>());
        Assert.Equal(parameterArn, decrypt["Condition"]!["StringEquals"]!["kms:EncryptionContext:PARAMETER_ARN"]!["Fn::Sub"]!.GetValue<string>());
    }

    [Fact]
    public async Task EventRuleRole_StartsOnlyTheStateMachine()
    {
        var template = await TranslatedTemplate.OfRepositoryAsync();
        var statements = IamStatementFinder.FindAll(template["Resources"]!["CloudTrailEventRuleRole"]!["Properties"]!["Policies"]!);

        var statement = Assert.Single(statements);
        Assert.Equal(["states:StartExecution"], statement.Actions);
        Assert.Equal("{\"Ref\":\"ActivityAwareStateMachine\"}", statement.Body["Resource"]!.ToJsonString());
    }

    [Fact]
    public async Task EventDeadLetterQueuePolicy_AdmitsExactlyThePushdownRules()
    {
        var template = await TranslatedTemplate.OfRepositoryAsync();
        var statement = Statement(template, "EventBridgeDeadLettersFromTheRule");

        Assert.Equal("events.amazonaws.com", statement["Principal"]!["Service"]!.GetValue<string>());
        var admitted = statement["Condition"]!["ArnEquals"]!["aws:SourceArn"]!.AsArray().Select(arn => arn!["Fn::GetAtt"]![0]!.GetValue<string>());
        Assert.Equal(PushdownRules.Of(template).Select(r => r.LogicalId), admitted);
    }

    private static JsonObject Statement(JsonObject template, string sid) =>
        IamStatementFinder.FindAll(template).Single(statement => statement.Body["Sid"]?.GetValue<string>() == sid).Body;
}
