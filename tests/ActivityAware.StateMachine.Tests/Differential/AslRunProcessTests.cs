using System.Diagnostics;
using System.Text.Json.Nodes;

namespace ActivityAware.StateMachine.Tests.Differential;

/// <summary>
/// The <c>asl run</c> command, as a user runs it (a separate process), executes a differential case's own definition
/// with the case's mock config and prints the output moto's interpreter gives for the same case.
/// </summary>
[Collection(DifferentialCollection.Name)]
public sealed class AslRunProcessTests(DifferentialMoto moto)
{
    private static readonly TimeSpan ProcessDeadline = TimeSpan.FromSeconds(60);

    [Theory]
    [InlineData("MapConcurrent")]
    [InlineData("ChoicePathComparator")]
    public async Task AslRun_DifferentialCase_PrintsMotosOutput(string caseName)
    {
        var testCase = DifferentialCase.Load(caseName);
        var inputPath = Path.Combine(Path.GetTempPath(), $"asl-run-{caseName}-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(inputPath, testCase.Input);
        try
        {
            var fromMoto = await moto.RunAsync(testCase, CancellationToken.None);
            var (exitCode, stdout, stderr) = await RunAslAsync(AslRunArguments(testCase, inputPath));

            Assert.True(exitCode == 0, $"asl run exited {exitCode}; stderr: {stderr}");
            Assert.Equal("SUCCEEDED", fromMoto.Status);
            Assert.True(JsonNode.DeepEquals(fromMoto.Output, JsonNode.Parse(stdout)),
                $"asl run printed {stdout}\nmoto's output: {fromMoto.Output?.ToJsonString()}");
        }
        finally
        {
            File.Delete(inputPath);
        }
    }

    private static List<string> AslRunArguments(DifferentialCase testCase, string inputPath)
    {
        var arguments = new List<string> { "asl", "run", testCase.DefinitionPath, "--input", inputPath, "--skip-waits" };
        if (testCase.TestCase is not null)
            arguments.AddRange(["--mock-config", DifferentialCase.MockConfigPath, "--test-case", testCase.TestCase]);
        foreach (var (name, value) in DefinitionSubstitutions.For(File.ReadAllText(testCase.DefinitionPath)))
            arguments.AddRange(["--substitute", $"{name}={value}"]);
        return arguments;
    }

    private static async Task<(int ExitCode, string Stdout, string Stderr)> RunAslAsync(IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "activity-aware.dll"));
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet could not be started");
        using var deadline = new CancellationTokenSource(ProcessDeadline);
        var stdout = process.StandardOutput.ReadToEndAsync(deadline.Token);
        var stderr = process.StandardError.ReadToEndAsync(deadline.Token);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"asl run did not finish within {ProcessDeadline.TotalSeconds} s");
        }
        return (process.ExitCode, await stdout, await stderr);
    }
}
