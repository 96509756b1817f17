namespace ActivityAware.Core.Tests.CloudTrail.Reading;

/// <summary>Returns at most a few bytes per read, and optionally throws after some bytes, to exercise every buffer boundary.</summary>
internal sealed class ChunkedStream(byte[] data, int chunk, int? failAfter = null) : Stream
{
    private int _position;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => data.Length;
    public override long Position { get => _position; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count)
    {
        if (failAfter is { } limit && _position >= limit) throw new IOException("connection reset by peer");
        var n = Math.Min(Math.Min(count, chunk), data.Length - _position);
        if (failAfter is { } stop) n = Math.Min(n, Math.Max(0, stop - _position));
        Array.Copy(data, _position, buffer, offset, n);
        _position += n;
        return n;
    }

    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
