using ActivityAware.Aws.S3;
using ActivityAware.Core.CloudTrail.Reading;
using ActivityAware.Core.Detection;
using ActivityAware.Core.Normalization;
using ActivityAware.Local.Input;
using Spectre.Console;

namespace ActivityAware.Local.Replay;

/// <summary>
/// Wires one replay run to the real console: alerts to stdout (or <c>--output</c>), diagnostics to stderr, the summary after
/// the alerts in text mode and on stderr in jsonl mode (stdout then carries nothing but alerts), progress only on a terminal.
/// </summary>
public static class ReplaySession
{
    public static async Task<int> RunAsync(ReplaySettings settings, CancellationToken cancellationToken)
    {
        Stream? outputFile;
        try
        {
            outputFile = settings.OutputPath is { } path ? new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await Console.Error.WriteLineAsync($"error: --output '{settings.OutputPath}' cannot be written: {e.Message}");
            return ExitCodes.UsageError;
        }

        var stdout = AnsiConsole.Console;
        var stderr = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        var onTerminal = !Console.IsOutputRedirected && (settings.Format == ReplayFormat.Text || outputFile is not null);

        await using var alerts = CreateWriter(settings.Format, outputFile);
        var s3 = new Lazy<S3ObjectSource>(() => new S3ObjectSource(S3ClientFactory.Create(Environment.GetEnvironmentVariable)));
        var catalog = new InputCatalog(() => s3.Value, Console.OpenStandardInput);
        var pipeline = new DirectReplayPipeline(new EventNormalizer(), new AccessDeniedDetector());
        ReplayRunner Runner(IReplayProgress progress) =>
            new(catalog, new CloudTrailStreamReader(), pipeline, alerts, Console.Error, progress, TimeProvider.System);

        ReplayStatistics statistics;
        if (onTerminal)
        {
            ReplayStatistics? result = null;
            await stdout.Progress().AutoClear(true)
                .Columns(new SpinnerColumn(), new TaskDescriptionColumn { Alignment = Justify.Left }, new ElapsedTimeColumn())
                .StartAsync(async context =>
                {
                    var task = context.AddTask("starting").IsIndeterminate();
                    result = await Runner(new TerminalReplayProgress(task)).RunAsync(settings.Paths, cancellationToken);
                    task.StopTask();
                });
            statistics = result!;
        }
        else
        {
            statistics = await Runner(SilentReplayProgress.Instance).RunAsync(settings.Paths, cancellationToken);
        }

        (settings.Format == ReplayFormat.Jsonl ? stderr : stdout).Write(SummaryTable.For(statistics));
        return statistics.HasFailures ? ExitCodes.InputFailed : ExitCodes.Success;
    }

    private static IAlertWriter CreateWriter(ReplayFormat format, Stream? outputFile) => format switch
    {
        ReplayFormat.Jsonl => new JsonLinesAlertWriter(outputFile ?? Console.OpenStandardOutput()),
        _ when outputFile is not null => new TextAlertWriter(AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(new StreamWriter(outputFile) { AutoFlush = true }),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
        })),
        _ => new TextAlertWriter(AnsiConsole.Console),
    };
}
