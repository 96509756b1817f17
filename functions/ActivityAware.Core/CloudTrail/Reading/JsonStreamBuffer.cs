using System.Buffers;

namespace ActivityAware.Core.CloudTrail.Reading;

/// <summary>
/// A pooled window over a stream: the unconsumed bytes, refilled and grown only while one item does not fit.
/// Counts the newlines it discards so positions can be reported as line numbers.
/// </summary>
internal sealed class JsonStreamBuffer(int initialBytes) : IDisposable
{
    private byte[] _bytes = ArrayPool<byte>.Shared.Rent(initialBytes);
    private int _start;
    private int _end;
    private long _newlinesConsumed;

    public ReadOnlySpan<byte> Data => _bytes.AsSpan(_start, _end - _start);
    public bool IsEndOfStream { get; private set; }

    /// <summary>The 1-based line of a position in <see cref="Data"/>.</summary>
    public long LineAt(int offset) => _newlinesConsumed + Data[..offset].Count((byte)'\n') + 1;

    public void Advance(int count)
    {
        _newlinesConsumed += Data[..count].Count((byte)'\n');
        _start += count;
    }

    /// <summary>Reads until the buffer is full or the stream ends; grows the buffer when it is already full of unconsumed data.</summary>
    /// <returns>null, or the exception the stream threw (damaged compression, I/O error); the caller reports it.</returns>
    public async ValueTask<Exception?> FillAsync(Stream stream, CancellationToken cancellationToken)
    {
        if (IsEndOfStream) return null;
        Compact();
        try
        {
            while (_end < _bytes.Length)
            {
                var read = await stream.ReadAsync(_bytes.AsMemory(_end), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    IsEndOfStream = true;
                    break;
                }
                _end += read;
            }
        }
        catch (Exception e) when (e is IOException or InvalidDataException or System.Net.Http.HttpRequestException)
        {
            IsEndOfStream = true;
            return e;
        }
        return null;
    }

    private void Compact()
    {
        var length = _end - _start;
        if (length == _bytes.Length)
        {
            var larger = ArrayPool<byte>.Shared.Rent(_bytes.Length * 2);
            _bytes.AsSpan(_start, length).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(_bytes);
            _bytes = larger;
        }
        else if (_start > 0)
        {
            _bytes.AsSpan(_start, length).CopyTo(_bytes);
        }
        _start = 0;
        _end = length;
    }

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_bytes);
        _bytes = [];
    }
}
