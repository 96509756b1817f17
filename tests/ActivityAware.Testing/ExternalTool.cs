using System.Diagnostics;

namespace ActivityAware.Testing;

/// <summary>Runs a command-line tool (cfn-lint, python3, npx, make) to completion with a deadline, capturing its output.</summary>
public static class ExternalTool
{
    public static readonly TimeSpan DefaultDeadline = TimeSpan.FromMinutes(5);

    /// <param name="environment">Variables to set; a null value removes the variable.</param>
    public static async Task<ExternalToolResult> RunAsync(
        string fileName,
        IEnumerable<string> arguments,
        string? workingDirectory = null,
        IReadOnlyDictionary<string, string?>? environment = null,
        TimeSpan? deadline = null)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory ?? RepositoryRoot.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            if (value is null)
                start.Environment.Remove(name);
            else
                start.Environment[name] = value;
        }

        var commandLine = string.Join(' ', [fileName, .. start.ArgumentList]);
        using var process = Process.Start(start)
            ?? throw new InvalidOperationException($"could not start `{commandLine}`; is {fileName} on PATH?");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(deadline ?? DefaultDeadline);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"`{commandLine}` did not finish within {(deadline ?? DefaultDeadline).TotalSeconds} s");
        }
        return new ExternalToolResult(commandLine, process.ExitCode, await stdout, await stderr);
    }
}
