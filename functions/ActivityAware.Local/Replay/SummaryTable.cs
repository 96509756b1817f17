using System.Globalization;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace ActivityAware.Local.Replay;

/// <summary>The end-of-run summary: inputs, records, alerts by rule and severity, failures, time and speed.</summary>
public static class SummaryTable
{
    public static IRenderable For(ReplayStatistics statistics)
    {
        var table = new Table().Title("Replay summary").HideHeaders().AddColumn("").AddColumn(new TableColumn("").RightAligned());
        Row(table, "files read", statistics.Files);
        Row(table, "files skipped (no events)", statistics.FilesSkipped);
        foreach (var (reason, count) in statistics.SkippedByReason)
            table.AddRow(Markup.Escape($"  {reason}"), count.ToString(CultureInfo.InvariantCulture));
        Row(table, "files with failures", statistics.FilesFailed);
        Row(table, "records read", statistics.RecordsRead);
        Row(table, "records failed", statistics.RecordsFailed);
        Row(table, "alerts", statistics.Alerts);
        foreach (var ((ruleId, severity), count) in statistics.AlertsByRule)
            table.AddRow(Markup.Escape($"  {ruleId} [{TextAlertWriter.Label(severity)}]"), count.ToString(CultureInfo.InvariantCulture));
        table.AddRow("elapsed", Markup.Escape($"{statistics.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture)} s"));
        table.AddRow("records/s", statistics.RecordsPerSecond.ToString("0", CultureInfo.InvariantCulture));
        return table;
    }

    private static void Row(Table table, string label, long value) => table.AddRow(label, value.ToString(CultureInfo.InvariantCulture));
}
