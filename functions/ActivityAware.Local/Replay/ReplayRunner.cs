using ActivityAware.Core.CloudTrail.Reading;
using ActivityAware.Local.Input;

namespace ActivityAware.Local.Replay;

/// <summary>
/// inputs → reader → <see cref="IReplayPipeline"/> per record → alert writer, with statistics. Records the reader's screen
/// rejected are counted as read and go no further. A failure (unreadable file,
/// bad record) is reported on the diagnostics writer with its location and counted; everything else is still processed.
/// </summary>
public sealed class ReplayRunner(
    InputCatalog inputs,
    CloudTrailStreamReader reader,
    IReplayPipeline pipeline,
    IAlertWriter alerts,
    TextWriter diagnostics,
    IReplayProgress progress,
    TimeProvider time)
{
    public async Task<ReplayStatistics> RunAsync(IReadOnlyList<string> paths, CancellationToken cancellationToken)
    {
        var statistics = new ReplayStatistics();
        var started = time.GetTimestamp();
        await foreach (var entry in inputs.EnumerateAsync(paths, cancellationToken).ConfigureAwait(false))
        {
            if (entry.SkipReason is { } reason)
            {
                statistics.CountSkipped(reason);
            }
            else if (entry.Source is { } source)
            {
                await ReplaySourceAsync(source, statistics, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                statistics.FilesFailed++;
                Report($"{entry.Name}: {entry.Error}");
            }
        }
        statistics.Elapsed = time.GetElapsedTime(started);
        return statistics;
    }

    private async Task ReplaySourceAsync(IInputSource source, ReplayStatistics statistics, CancellationToken cancellationToken)
    {
        statistics.Files++;
        progress.SourceStarted(source.Name);
        Stream stream;
        try
        {
            stream = await DecompressingOpener.OpenAsync(await source.OpenAsync(cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException || S3Failures.IsExpected(e))
        {
            statistics.FilesFailed++;
            Report($"{source.Name}: cannot open: {(S3Failures.IsExpected(e) ? S3Failures.Describe(e) : e.Message)}");
            return;
        }

        var failed = false;
        var records = 0L;
        string? skipped = null;
        await using (stream.ConfigureAwait(false))
        {
            await foreach (var item in reader.ReadAsync(stream, source.Name, cancellationToken).ConfigureAwait(false))
            {
                if (item.Skipped is { } reason)
                {
                    skipped ??= reason;
                    continue;
                }
                records += item.ScreenedOut + (item.Record is null ? 0 : 1);
                if (item.ScreenedOut > 0)
                {
                    statistics.RecordsRead += item.ScreenedOut;
                    progress.RecordRead(statistics.RecordsRead);
                    continue;
                }
                if (item.Failure is { } failure)
                {
                    failed = true;
                    if (!failure.EndsSource) statistics.RecordsFailed++;
                    Report(failure.ToString());
                    continue;
                }

                var record = item.Record!;
                statistics.RecordsRead++;
                progress.RecordRead(statistics.RecordsRead);
                var outcome = await ProcessAsync(record, cancellationToken).ConfigureAwait(false);
                if (outcome.Error is { } error)
                {
                    failed = true;
                    statistics.RecordsFailed++;
                    Report($"{record.Location}: {error}");
                }
                foreach (var alert in outcome.Alerts)
                {
                    statistics.CountAlert(alert);
                    await alerts.WriteAsync(alert, cancellationToken).ConfigureAwait(false);
                }
            }
        }
        if (failed) statistics.FilesFailed++;
        // A file that turned out to hold no events (a digest file outside CloudTrail-Digest/) counts as skipped, as one found by its path does.
        if (skipped is not null && records == 0 && !failed)
        {
            statistics.Files--;
            statistics.CountSkipped(skipped);
            diagnostics.WriteLine($"note: {DisplayText.Clean(source.Name)}: {skipped} (it lists log files and holds no events): skipped");
        }
    }

    /// <summary>An exception from the pipeline fails that record only; the run goes on and the exit code says so.</summary>
    private async ValueTask<ReplayOutcome> ProcessAsync(RawRecord record, CancellationToken cancellationToken)
    {
        try
        {
            return await pipeline.ProcessAsync(record, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return ReplayOutcome.Failed($"processing failed: {e.GetType().Name}: {e.Message}");
        }
    }

    private void Report(string message) => diagnostics.WriteLine($"error: {DisplayText.Clean(message)}");
}
