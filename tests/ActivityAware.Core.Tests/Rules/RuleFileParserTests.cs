using ActivityAware.Core.Rules;
using ActivityAware.Core.Rules.Files;

namespace ActivityAware.Core.Tests.Rules;

public sealed class RuleFileParserTests
{
    private const string Valid = """
        id: Custom.Test.Rule
        title: Test rule
        severity: high
        category: other
        description: Why it matters.
        runbook: What to check.
        match:
          eventName: [StopLogging]
        """;

    [Fact]
    public void Parse_ValidFile_ReturnsRule()
    {
        var result = RuleFileParser.Parse("rules/Custom.Test.Rule.yaml", Valid);
        Assert.Empty(result.Errors);
        Assert.Equal(Severity.High, result.Rule!.Severity);
    }

    [Theory]
    [InlineData("severty: high", 9, 1, "unknown field 'severty'", "expected one of: id, title")]
    [InlineData("""
        match:
          eventName: [{prefx: Stop}]
        """, 9, 16, "unknown operator 'prefx'", "expected one of: prefix")]
    [InlineData("tags: [X1]", 9, 8, "'tags' is 'X1'", "MITRE ATT&CK")]
    [InlineData("dedupe: {fields: [userIdentity.arn], window: 2d}", 9, 46, "'dedupe.window' is '2d'", "30s, 5m or 1h")]
    [InlineData("threshold: {count: 10, group-by: [userIdentity.arn]}", 9, 12, "'threshold' needs 'window'", "")]
    [InlineData("threshold: {count: 5000, group-by: [userIdentity.arn], window: 5m}", 9, 20, "'threshold.count' is '5000'", "from 2 to 1000")]
    [InlineData("examples: {match: [notamap]}", 9, 20, "must be a CloudTrail record", "")]
    public void Parse_InvalidField_ReportsFileLineColumnAndAllowed(string extra, int line, int column, string what, string allowed)
    {
        var result = RuleFileParser.Parse("rules/Custom.Test.Rule.yaml", extra.StartsWith("match:", StringComparison.Ordinal)
            ? Valid[..Valid.IndexOf("match:", StringComparison.Ordinal)] + "foo: 1\n" + extra
            : Valid + "\n" + extra);
        var error = Assert.Single(result.Errors, e => e.Message.Contains(what, StringComparison.Ordinal));
        Assert.Equal((line, column), (error.Line, error.Column));
        Assert.Contains(allowed, error.Message, StringComparison.Ordinal);
        Assert.StartsWith($"rules/Custom.Test.Rule.yaml:{line}:{column}: ", error.ToString(), StringComparison.Ordinal);
        Assert.Null(result.Rule);
    }

    [Theory]
    [InlineData("severity: high", "severity: urgent", "'severity' is 'urgent'; expected one of: info, low, medium, high, critical")]
    [InlineData("category: other", "category: misc", "'category' is 'misc'; expected one of: access-denied")]
    [InlineData("id: Custom.Test.Rule", "id: NoDots", "'id' is 'NoDots'")]
    [InlineData("id: Custom.Test.Rule", "id: Custom.Other", "must be in a file named Custom.Other.yaml")]
    [InlineData("description: Why it matters.", "description: \"two\\nlines\"", "'description' must be one line")]
    [InlineData("title: Test rule\n", "", "missing required field 'title'")]
    [InlineData("eventName: [StopLogging]", "eventName: StopLogging", "must be a list")]
    [InlineData("runbook: What to check.", "runbook: What to check.\nrunbook: again", "invalid YAML")]
    public void Parse_BadValue_ReportsWhatIsWrong(string from, string to, string expected)
    {
        var result = RuleFileParser.Parse("Custom.Test.Rule.yaml", Valid.Replace(from, to, StringComparison.Ordinal));
        var error = Assert.Single(result.Errors, e => e.Message.Contains(expected, StringComparison.Ordinal));
        Assert.True(error.Line > 0 && error.Column > 0, error.ToString());
    }

    [Fact]
    public void Load_DuplicateIdInTwoUserFiles_ReportsSecondFileWithFirst()
    {
        var result = RulePackLoader.Load(RulePack.Empty, [new RuleSource("a/Custom.Test.Rule.yaml", Valid), new RuleSource("b/Custom.Test.Rule.yaml", Valid)]);
        var error = Assert.Single(result.Errors);
        Assert.Equal("b/Custom.Test.Rule.yaml", error.File);
        Assert.Equal(1, error.Line);
        Assert.Contains("duplicate rule id 'Custom.Test.Rule', already defined in a/Custom.Test.Rule.yaml", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UserRuleWithDefaultId_OverridesAndDisableRemoves()
    {
        var baseline = RulePack.LoadDefault();
        var overriding = Valid.Replace("Custom.Test.Rule", "AWS.AccessDenied", StringComparison.Ordinal).Replace("severity: high", "severity: low", StringComparison.Ordinal);
        var result = RulePackLoader.Load(baseline,
        [
            new RuleSource("AWS.AccessDenied.yaml", overriding),
            new RuleSource("off.yaml", "disable: [AWS.EC2.VpcChange]"),
        ]);
        Assert.Empty(result.Errors);
        Assert.Equal(Severity.Low, result.Pack.Rules.Single(r => r.Id == "AWS.AccessDenied").Severity);
        Assert.DoesNotContain(result.Pack.Rules, r => r.Id == "AWS.EC2.VpcChange");
        Assert.Equal(baseline.Rules.Count - 1, result.Pack.Rules.Count);
    }

    [Fact]
    public void Load_DisableUnknownId_ReportsPosition()
    {
        var result = RulePackLoader.Load(RulePack.Empty, [new RuleSource("off.yaml", "disable:\n  - AWS.Nope.Nothing")]);
        var error = Assert.Single(result.Errors);
        Assert.Equal("off.yaml:2:5: disable: unknown rule id 'AWS.Nope.Nothing'; run 'rules list' to see the ids", error.ToString());
    }

    [Theory]
    [InlineData("a: [\"true\"]", """{"a":"true"}""", true)]
    [InlineData("a: [\"true\"]", """{"a":true}""", false)]
    [InlineData("a: [true]", """{"a":true}""", true)]
    [InlineData("a: [012345678901]", """{"a":"012345678901"}""", true)]
    [InlineData("a: [123456789012]", """{"a":"123456789012"}""", false)]
    [InlineData("a: ['123456789012']", """{"a":"123456789012"}""", true)]
    [InlineData("a: [null]", """{"a":null}""", true)]
    [InlineData("a: [Yes]", """{"a":"Yes"}""", true)]
    public void Parse_YamlScalars_TypedLikeJson(string matchLine, string record, bool expected)
    {
        var result = RuleFileParser.Parse("Custom.Test.Rule.yaml", Valid.Replace("eventName: [StopLogging]", matchLine, StringComparison.Ordinal));
        Assert.Empty(result.Errors);
        using var document = System.Text.Json.JsonDocument.Parse(record);
        Assert.Equal(expected, result.Rule!.Match.Matches(document.RootElement));
    }
}
