using ActivityAware.Testing;

namespace ActivityAware.StateMachine.Tests.Static;

/// <summary>asl-validator (pinned in package.json, installed by `npm ci` in `make setup`) on the definition.</summary>
public sealed class AslValidatorTests
{
    [Fact]
    public async Task AslValidator_RepositoryDefinition_IsValid()
    {
        var result = await RunAsync(AslDefinition.RepositoryPath);

        Assert.True(result.ExitCode == 0, result.Describe());
    }

    [Fact]
    public async Task AslValidator_TransitionToMissingState_IsInvalid()
    {
        using var scratch = new ScratchDirectory();
        var broken = File.ReadAllText(AslDefinition.RepositoryPath)
            .Replace("\"Next\": \"Check duplicate\"", "\"Next\": \"Check duplicates\"", StringComparison.Ordinal);

        var result = await RunAsync(scratch.Write("broken.asl.json", broken));

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("Check duplicates", result.StandardOutput + result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AslValidator_BadJsonPath_IsInvalid()
    {
        using var scratch = new ScratchDirectory();
        var broken = File.ReadAllText(AslDefinition.RepositoryPath)
            .Replace("\"ItemsPath\": \"$.destinations\"", "\"ItemsPath\": \"destinations[\"", StringComparison.Ordinal);

        var result = await RunAsync(scratch.Write("broken.asl.json", broken));

        Assert.NotEqual(0, result.ExitCode);
    }

    private static Task<ExternalToolResult> RunAsync(string definitionPath) =>
        ExternalTool.RunAsync("npx", ["--no-install", "asl-validator", "--json-path", definitionPath], deadline: TimeSpan.FromMinutes(2));
}
