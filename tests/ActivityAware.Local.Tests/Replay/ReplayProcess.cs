using System.Diagnostics;
using ActivityAware.Testing;

namespace ActivityAware.Local.Tests.Replay;

/// <summary>Runs the built command line (<c>activity-aware.dll</c>) as a separate process and captures what it wrote.</summary>
internal static class ReplayProcess
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(120);

    public sealed record Result(int ExitCode, string Stdout, string Stderr)
    {
        public IReadOnlyList<string> StdoutLines => Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    public static async Task<Result> RunAsync(IEnumerable<string> arguments, string? stdin = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = RepositoryRoot.Path,
        };
        start.ArgumentList.Add(CommandDll());
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;

        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet could not be started");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (stdin is not null) await process.StandardInput.WriteAsync(stdin);
        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(Deadline);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"replay did not finish within {Deadline.TotalSeconds} s");
        }
        return new Result(process.ExitCode, await stdout, await stderr);
    }

    /// <summary>The command built next to this test assembly, of the same configuration.</summary>
    private static string CommandDll()
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}") ? "Release" : "Debug";
        var built = RepositoryRoot.Combine("functions", "ActivityAware.Local", "bin", configuration, "net10.0", "activity-aware.dll");
        if (File.Exists(built)) return built;
        var copied = Path.Combine(AppContext.BaseDirectory, "activity-aware.dll");
        return File.Exists(copied) ? copied : throw new FileNotFoundException($"activity-aware.dll is neither at {built} nor at {copied}; build functions/ActivityAware.Local");
    }
}
