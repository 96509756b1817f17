using ActivityAware.Aws.S3;
using ActivityAware.Core.CloudTrail.Reading;
using ActivityAware.Core.Rules;
using ActivityAware.Core.Rules.Pushdown;
using ActivityAware.Local.Input;
using ActivityAware.Local.Workflow;
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

        var stdout = Unwrapped(AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Out) }), Console.IsOutputRedirected);
        var stderr = Unwrapped(AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) }), Console.IsErrorRedirected);
        var onTerminal = !Console.IsOutputRedirected && (settings.Format == ReplayFormat.Text || outputFile is not null);

        await using var alerts = CreateWriter(settings.Format, outputFile, stdout);
        var s3 = new Lazy<S3ObjectSource>(() => new S3ObjectSource(S3ClientFactory.Create(Environment.GetEnvironmentVariable)));
        var catalog = new InputCatalog(() => s3.Value, Console.OpenStandardInput);
        var deadLettersBefore = DeadLetterSize(settings.DeadLetterPath);
        if (LoadRules(settings.RulePaths) is not { } pack)
            return ExitCodes.InputFailed;
        WorkflowReplayPipeline pipeline;
        try
        {
            pipeline = LocalWorkflow.Create(new LocalWorkflowOptions
            {
                Rules = pack,
                DedupeWindow = settings.DedupeWindow,
                DeadLetterPath = settings.DeadLetterPath,
                Trace = settings.Trace ? Console.Error : null,
                Diagnostics = Console.Error,
            });
        }
        catch (PushdownPatternTooLongException e)
        {
            await Console.Error.WriteLineAsync($"error: {e.Message}");
            return ExitCodes.InputFailed;
        }
        var diagnostics = onTerminal && !Console.IsErrorRedirected ? new ConsoleLineWriter(stdout) : Console.Error;
        ReplayRunner Runner(IReplayProgress progress) =>
            new(catalog, new CloudTrailStreamReader(new CloudTrailReaderOptions { Screen = pipeline }), pipeline, alerts, diagnostics, progress, TimeProvider.System);

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

        var summary = settings.Format == ReplayFormat.Jsonl ? stderr : stdout;
        summary.Write(SummaryTable.For(statistics));
        summary.WriteLine($"workflow: {pipeline.Executions} executions started; {pipeline.Filtered} records filtered out by the EventBridge pattern");
        if (DeadLetterSize(settings.DeadLetterPath) > deadLettersBefore)
            await Console.Error.WriteLineAsync($"warning: the workflow dead-lettered messages; see {settings.DeadLetterPath}");
        return statistics.HasFailures ? ExitCodes.InputFailed : ExitCodes.Success;
    }

    /// <summary>Output read by tools (redirected, or a file) is not wrapped at 80 columns; one alert line stays one line for grep.</summary>
    private static IAnsiConsole Unwrapped(IAnsiConsole console, bool redirected)
    {
        if (redirected) console.Profile.Width = UnwrappedWidth;
        return console;
    }

    private const int UnwrappedWidth = 4096;

    /// <summary>The default pack plus the user's rule files; every error is printed (file:line:column) and the run does not start.</summary>
    private static RulePack? LoadRules(IReadOnlyList<string> paths)
    {
        if (paths.Count == 0) return RulePack.LoadDefault();
        var (sources, readErrors) = RuleSourceFiles.Read(paths);
        var loaded = RulePackLoader.Load(RulePack.LoadDefault(), sources);
        var errors = readErrors.Concat(loaded.Errors).ToList();
        foreach (var error in errors)
            Console.Error.WriteLine($"error: {error}");
        return errors.Count == 0 ? loaded.Pack : null;
    }

    private static long DeadLetterSize(string path) => File.Exists(path) ? new FileInfo(path).Length : 0;

    private static IAlertWriter CreateWriter(ReplayFormat format, Stream? outputFile, IAnsiConsole stdout) => format switch
    {
        ReplayFormat.Jsonl => new JsonLinesAlertWriter(outputFile ?? Console.OpenStandardOutput()),
        _ when outputFile is not null => new TextAlertWriter(Unwrapped(AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(new StreamWriter(outputFile) { AutoFlush = true }),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
        }), redirected: true)),
        _ => new TextAlertWriter(stdout),
    };
}
