using ActivityAware.Testing;

namespace ActivityAware.Template.Tests;

public sealed class CfnLintTests
{
    [Fact]
    public async Task CfnLint_RepositoryTemplate_ReportsNoErrorsOrWarnings()
    {
        var result = await RunCfnLintAsync(RepositoryRoot.Combine("template.yaml"));

        Assert.True(result.ExitCode == 0 && result.StandardOutput.Trim().Length == 0, result.Describe());
    }

    [Fact]
    public async Task CfnLint_UnknownResourceProperty_FailsNamingIt()
    {
        using var scratch = new ScratchDirectory();
        var broken = TemplateText().Replace(
            "      BillingMode: PAY_PER_REQUEST\n",
            "      BillingMode: PAY_PER_REQUEST\n      Colour: blue\n",
            StringComparison.Ordinal);

        var result = await RunCfnLintAsync(scratch.Write("template.yaml", broken));

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("Colour", result.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CfnLint_RedundantDependsOn_FailsAsAWarning()
    {
        using var scratch = new ScratchDirectory();
        var broken = TemplateText().Replace(
            "  ExecutionsFailedAlarm:\n    Type: AWS::CloudWatch::Alarm\n",
            "  ExecutionsFailedAlarm:\n    Type: AWS::CloudWatch::Alarm\n    DependsOn: ActivityAwareStateMachine\n",
            StringComparison.Ordinal);

        var result = await RunCfnLintAsync(scratch.Write("template.yaml", broken));

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("W3005", result.StandardOutput, StringComparison.Ordinal);
    }

    private static string TemplateText() => File.ReadAllText(RepositoryRoot.Combine("template.yaml"));

    private static Task<ExternalToolResult> RunCfnLintAsync(string templatePath) =>
        ExternalTool.RunAsync("cfn-lint", [templatePath], deadline: TimeSpan.FromMinutes(2));
}
