using ActivityAware.Core.Routing;
using ActivityAware.Core.Rules;

namespace ActivityAware.Core.Tests.Routing;

public sealed class RoutingConfigParserTests
{
    private const string Valid = """
        destinations:
          - name: security-slack
            type: slack
            secretParameter: /activity-aware/slack
            minimumSeverity: high
            ruleIds: [AWS.CloudTrail.StopLogging]
          - name: denials
            type: webhook
            secretParameter: /activity-aware/webhook
            categories: [access-denied]
          - name: team-mail
            type: email
            to: [sec@example.com, ops@example.com]
        defaultRoute: [team-mail]
        """;

    [Fact]
    public void Parse_ValidFile_ReadsEveryField()
    {
        var config = RoutingConfigParser.Parse(Valid, "routing.yaml");

        Assert.Equal(["security-slack", "denials", "team-mail"], config.Destinations.Select(d => d.Name));
        Assert.Equal(Severity.High, config.Destinations[0].MinimumSeverity);
        Assert.Equal(["AWS.CloudTrail.StopLogging"], config.Destinations[0].RuleIds);
        Assert.Equal(["access-denied"], config.Destinations[1].Categories);
        Assert.Equal(["sec@example.com", "ops@example.com"], config.Destinations[2].To);
        Assert.Equal(["team-mail"], config.DefaultRoute);
    }

    [Theory]
    [InlineData("    secretParameter: /activity-aware/slack\n", "    secretParamter: /activity-aware/slack\n", "routing.yaml:4: unknown field 'secretParamter'; expected one of name, type, secretParameter")]
    [InlineData("defaultRoute: [team-mail]", "defaultRoutes: [team-mail]", "routing.yaml:14: unknown field 'defaultRoutes'")]
    [InlineData("    type: slack\n", "    type: teams\n", "routing.yaml:2: destination 'security-slack' has type 'teams'")]
    [InlineData("minimumSeverity: high", "minimumSeverity: urgent", "routing.yaml:5: minimumSeverity 'urgent' is not one of")]
    [InlineData("defaultRoute: [team-mail]", "defaultRoute: [nobody]", "routing.yaml:14: defaultRoute names 'nobody', which is not a destination")]
    [InlineData("    to: [sec@example.com, ops@example.com]\n", "", "routing.yaml:11: email destination 'team-mail' needs 'to'")]
    [InlineData("    secretParameter: /activity-aware/webhook\n", "", "routing.yaml:7: webhook destination 'denials' needs 'secretParameter'")]
    [InlineData("  - name: denials", "  - name: security-slack", "routing.yaml:7: destination name 'security-slack' is used twice")]
    [InlineData("ruleIds: [AWS.CloudTrail.StopLogging]", "ruleIds: AWS.CloudTrail.StopLogging", "routing.yaml:6: expected a list")]
    public void Parse_BadFile_FailsWithFileLineAndReason(string find, string replace, string expected)
    {
        var text = Valid.Replace(find, replace);
        Assert.NotEqual(Valid, text);

        var e = Assert.Throws<RoutingConfigException>(() => RoutingConfigParser.Parse(text, "routing.yaml"));

        Assert.StartsWith(expected, e.Message);
    }

    [Fact]
    public void Parse_NotYaml_FailsWithFileAndLine()
    {
        var e = Assert.Throws<RoutingConfigException>(() => RoutingConfigParser.Parse("destinations:\n  - name: [unclosed\n", "r.yaml"));
        Assert.Matches(@"^r\.yaml:\d+: not valid YAML", e.Message);
    }

    [Fact]
    public void Parse_ShippedExample_IsValid()
    {
        var path = ActivityAware.Testing.RepositoryRoot.Combine("samples", "routing", "routing.example.yaml");
        var config = RoutingConfigParser.Parse(File.ReadAllText(path), path);
        Assert.Equal(["security-slack", "on-call", "security-team-mail"], config.Destinations.Select(d => d.Name));
    }

    [Fact]
    public void Parse_NoDestinations_Fails()
    {
        var e = Assert.Throws<RoutingConfigException>(() => RoutingConfigParser.Parse("defaultRoute: []\n", "r.yaml"));
        Assert.Contains("at least one destination", e.Message);
    }
}
