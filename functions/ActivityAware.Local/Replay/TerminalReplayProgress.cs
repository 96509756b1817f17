using Spectre.Console;

namespace ActivityAware.Local.Replay;

/// <summary>Updates a Spectre progress task with the current input and the record count (every 1000 records, to stay cheap).</summary>
public sealed class TerminalReplayProgress(ProgressTask task) : IReplayProgress
{
    private string _source = "";
    private long _shownThousands;

    public void SourceStarted(string name)
    {
        _source = DisplayText.Clean(name);
        task.Description = Markup.Escape(_source);
    }

    public void RecordRead(long totalRecords)
    {
        // Counts may jump (records a screen rejected arrive as one count), so every thousand crossed counts, not only exact multiples.
        if (totalRecords / 1000 == _shownThousands) return;
        _shownThousands = totalRecords / 1000;
        task.Description = Markup.Escape($"{_source} ({totalRecords:N0} records)");
    }
}
