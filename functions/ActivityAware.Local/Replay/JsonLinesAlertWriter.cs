using System.Text.Json;

namespace ActivityAware.Local.Replay;

/// <summary>Exactly one JSON object per alert per line, nothing else; flushed per alert so a pipe sees alerts as they are found.</summary>
public sealed class JsonLinesAlertWriter(Stream output) : IAlertWriter
{
    private readonly Utf8JsonWriter _writer = new(output);

    public async ValueTask WriteAsync(ReplayAlert alert, CancellationToken cancellationToken)
    {
        JsonSerializer.Serialize(_writer, AlertLine.From(alert), ReplayJsonContext.Default.AlertLine);
        await _writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        _writer.Reset();
        output.WriteByte((byte)'\n');
        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        await _writer.DisposeAsync().ConfigureAwait(false);
        await output.DisposeAsync().ConfigureAwait(false);
    }
}
