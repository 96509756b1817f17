using System.Text.RegularExpressions;
using ActivityAware.Template.Tests.Support;
using ActivityAware.Testing;

namespace ActivityAware.Template.Tests;

/// <summary>The build-&lt;LogicalId&gt; targets `sam build` runs for BuildMethod: makefile, run here the way SAM runs them.</summary>
public sealed partial class MakefileTests
{
    [Fact]
    public async Task BuildTarget_NormalizeFunction_CopiesThePublishedHandlerAssemblyIntoArtifactsDir()
    {
        using var scratch = new ScratchDirectory();
        var artifacts = scratch.Combine("artifacts");

        var result = await RunMakeAsync(
            ["build-NormalizeFunction", $"ARTIFACTS_DIR={artifacts}", $"PUBLISH_ROOT={scratch.Combine("publish")}"],
            TimeSpan.FromMinutes(8));

        Assert.True(result.ExitCode == 0, result.Describe());
        foreach (var file in new[] { "ActivityAware.Functions.dll", "ActivityAware.Functions.deps.json", "ActivityAware.Functions.runtimeconfig.json", "ActivityAware.Core.dll" })
            Assert.True(File.Exists(Path.Combine(artifacts, file)), $"{file} missing from {artifacts}\n{result.Describe()}");
        Assert.Contains("linux-arm64", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("PublishReadyToRun=true", result.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BuildTargets_ExistForEveryTemplateFunction()
    {
        foreach (var logicalId in SamTranslationTests.FunctionLogicalIds)
        {
            var result = await RunMakeAsync(["-n", $"build-{logicalId}", "ARTIFACTS_DIR=/tmp/never-written"], TimeSpan.FromMinutes(1));

            Assert.True(result.ExitCode == 0, result.Describe());
        }
    }

    [Fact]
    public async Task BuildTarget_WithoutArtifactsDir_FailsNamingTheVariable()
    {
        var result = await RunMakeAsync(["-n", "build-EnrichFunction"], TimeSpan.FromMinutes(1));

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("ARTIFACTS_DIR is not set", result.StandardError, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("x86_64", "-r linux-x64")]
    [InlineData("arm64", "-r linux-arm64")]
    public async Task BuildTarget_Architecture_SelectsTheRuntimeIdentifier(string architecture, string expected)
    {
        var result = await RunMakeAsync(["-n", "build-EnrichFunction", "ARTIFACTS_DIR=/tmp/never-written", $"ARCH={architecture}"], TimeSpan.FromMinutes(1));

        Assert.True(result.ExitCode == 0, result.Describe());
        Assert.Contains(expected, result.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BuildTarget_UnknownArchitecture_FailsNamingTheChoices()
    {
        var result = await RunMakeAsync(["-n", "build-EnrichFunction", "ARTIFACTS_DIR=/tmp/never-written", "ARCH=mips"], TimeSpan.FromMinutes(1));

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("use x86_64 or arm64", result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DefaultArchitecture_IsTheSameInMakefileAndTemplate()
    {
        var makefileDefault = DefaultArch().Match(File.ReadAllText(RepositoryRoot.Combine("Makefile"))).Groups[1].Value;
        var template = await TranslatedTemplate.OfRepositoryAsync();

        Assert.Equal(template["Parameters"]!["Architecture"]!["Default"]!.GetValue<string>(), makefileDefault);
    }

    private static Task<ExternalToolResult> RunMakeAsync(string[] arguments, TimeSpan deadline) =>
        ExternalTool.RunAsync(
            "make",
            arguments,
            environment: new Dictionary<string, string?> { ["ARCH"] = null, ["ARTIFACTS_DIR"] = null, ["MAKEFLAGS"] = null, ["MAKELEVEL"] = null },
            deadline: deadline);

    [GeneratedRegex(@"^ARCH \?= (\S+)$", RegexOptions.Multiline)]
    private static partial Regex DefaultArch();
}
