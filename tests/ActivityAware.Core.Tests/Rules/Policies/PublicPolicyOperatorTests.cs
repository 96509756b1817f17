using System.Text.Json;
using ActivityAware.Core.Rules;
using ActivityAware.Core.Rules.Files;
using ActivityAware.Core.Rules.Patterns;
using ActivityAware.Core.Rules.Pushdown;

namespace ActivityAware.Core.Tests.Rules.Policies;

/// <summary>The rule-file operator <c>{"public-policy": true}</c>: how it is written, checked, matched and kept out of the pushdown.</summary>
public sealed class PublicPolicyOperatorTests
{
    private const string Head = """
        id: Custom.Queue.Public
        title: Queue policy public
        severity: high
        category: public-exposure
        description: Why it matters.
        runbook: What to check.

        """;

    private const string Match = """
        match:
          eventSource: [sqs.amazonaws.com]
          eventName: [SetQueueAttributes]
          requestParameters:
            attributes:
              Policy:
                - public-policy: true
        """;

    private const string PublicPolicy = """{"Statement":[{"Effect":"Allow","Principal":{"AWS":"*"},"Action":"sqs:SendMessage"}]}""";
    private const string OrgPolicy = """{"Statement":[{"Effect":"Allow","Principal":"*","Action":"sqs:SendMessage","Condition":{"StringEquals":{"aws:PrincipalOrgID":"o-exampleorgid"}}}]}""";

    private static Rule Parse(string text)
    {
        var result = RuleFileParser.Parse("rules/Custom.Queue.Public.yaml", text);
        Assert.Empty(result.Errors);
        return result.Rule!;
    }

    private static string Record(string eventName, object attributes) => JsonSerializer.Serialize(new Dictionary<string, object>
    {
        ["eventSource"] = "sqs.amazonaws.com",
        ["eventName"] = eventName,
        ["requestParameters"] = new Dictionary<string, object> { ["attributes"] = attributes },
    });

    [Fact]
    public void Evaluate_PolicyStringGrantingEveryone_MatchesWithTheOperatorAsReason()
    {
        var engine = new RuleEngine(new RulePack([Parse(Head + Match)]));
        using var record = JsonDocument.Parse(Record("SetQueueAttributes", new Dictionary<string, string> { ["Policy"] = PublicPolicy }));
        var match = Assert.Single(engine.Evaluate(record.RootElement));
        Assert.Contains("requestParameters.attributes.Policy: public-policy", match.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_PolicyObjectGrantingEveryone_Matches()
    {
        var engine = new RuleEngine(new RulePack([Parse(Head + Match)]));
        using var policy = JsonDocument.Parse(PublicPolicy);
        using var record = JsonDocument.Parse(Record("SetQueueAttributes", new Dictionary<string, JsonElement> { ["Policy"] = policy.RootElement }));
        Assert.Single(engine.Evaluate(record.RootElement));
    }

    [Theory]
    [InlineData(OrgPolicy)]
    [InlineData("not json")]
    public void Evaluate_PolicyLimitedOrNoPolicy_DoesNotMatch(string policy)
    {
        var engine = new RuleEngine(new RulePack([Parse(Head + Match)]));
        using var record = JsonDocument.Parse(Record("SetQueueAttributes", new Dictionary<string, string> { ["Policy"] = policy }));
        Assert.Empty(engine.Evaluate(record.RootElement));
    }

    [Fact]
    public void Evaluate_OperatorInAnException_SuppressesPublicPolicies()
    {
        var rule = Parse(Head + """
            match:
              eventSource: [sqs.amazonaws.com]
              eventName: [SetQueueAttributes]
            exceptions:
              - requestParameters:
                  attributes:
                    Policy:
                      - public-policy: true
            """);
        var engine = new RuleEngine(new RulePack([rule]));
        using var open = JsonDocument.Parse(Record("SetQueueAttributes", new Dictionary<string, string> { ["Policy"] = PublicPolicy }));
        using var limited = JsonDocument.Parse(Record("SetQueueAttributes", new Dictionary<string, string> { ["Policy"] = OrgPolicy }));
        Assert.Empty(engine.Evaluate(open.RootElement));
        Assert.Single(engine.Evaluate(limited.RootElement));
    }

    [Fact]
    public void Conditions_PolicyWrittenFirst_IsEvaluatedAfterTheFieldTests()
    {
        var rule = Parse(Head + """
            match:
              requestParameters:
                attributes:
                  Policy:
                    - public-policy: true
              eventSource: [sqs.amazonaws.com]
              eventName: [SetQueueAttributes]
            """);
        Assert.Equal(["eventSource", "eventName", "requestParameters.attributes.Policy"], rule.Match.Conditions.Select(c => c.Path));
    }

    [Theory]
    [InlineData("- public-policy: false", "'public-policy' in 'requestParameters.attributes.Policy' takes true")]
    [InlineData("- public-policy: true\n        - '*'", "must be the only entry of its list")]
    [InlineData("- public-polcy: true", "unknown operator 'public-polcy' in 'requestParameters.attributes.Policy'; expected one of: prefix, suffix, wildcard, equals-ignore-case, anything-but, numeric, cidr, exists, public-policy")]
    public void Parse_BadOperator_ReportsFileLineAndReason(string entry, string expected)
    {
        var text = Head + Match.Replace("- public-policy: true", entry, StringComparison.Ordinal);
        var result = RuleFileParser.Parse("rules/Custom.Queue.Public.yaml", text);
        var error = Assert.Single(result.Errors);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.StartsWith("rules/Custom.Queue.Public.yaml:13:", error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("  eventSource: [{prefix: sqs}]\n")]
    [InlineData("")]
    public void Parse_PolicyForCallsNotPinned_IsAnErrorAtMatch(string source)
    {
        var text = Head + "match:\n" + source + "  requestParameters:\n    attributes:\n      Policy:\n        - public-policy: true\n";
        var result = RuleFileParser.Parse("rules/Custom.Queue.Public.yaml", text);
        var error = Assert.Single(result.Errors);
        Assert.Equal(8, error.Line);
        Assert.Contains("must list exact eventSource or eventName values at its top level", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CompileJson_EventBridgePatternWithTheOperator_IsRejected()
    {
        var error = Assert.Throws<FormatException>(() => EventPatternCompiler.CompileJson("""{"policy":[{"public-policy":true}]}"""));
        Assert.Contains("unknown operator 'public-policy'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Generate_RuleWithTheOperator_PushesDownOnlyItsCall()
    {
        var pushdown = PushdownPatternGenerator.Generate(new RulePack([Parse(Head + Match)]));
        Assert.DoesNotContain("public-policy", pushdown.Json, StringComparison.Ordinal);
        Assert.DoesNotContain("requestParameters", pushdown.Json, StringComparison.Ordinal);
        Assert.Contains("SetQueueAttributes", pushdown.Json, StringComparison.Ordinal);
    }
}
