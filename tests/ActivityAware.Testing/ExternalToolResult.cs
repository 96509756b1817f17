namespace ActivityAware.Testing;

/// <summary>How an external tool run by <see cref="ExternalTool"/> ended.</summary>
public sealed record ExternalToolResult(string CommandLine, int ExitCode, string StandardOutput, string StandardError)
{
    /// <summary>Everything a failed assertion should show: the command, its exit code and both streams.</summary>
    public string Describe() =>
        $"`{CommandLine}` exited with {ExitCode}\n--- stdout ---\n{StandardOutput}\n--- stderr ---\n{StandardError}";
}
