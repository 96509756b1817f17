using System.IO.Compression;

namespace ActivityAware.Local.Input;

/// <summary>
/// Decides compression by the gzip magic bytes (1F 8B), not by the file name: CloudTrail writes <c>.json.gz</c>, but downloads
/// are often renamed or served decompressed. Multi-member gzip (concatenated files) is read to the end.
/// </summary>
public static class DecompressingOpener
{
    public static async Task<Stream> OpenAsync(Stream raw, CancellationToken cancellationToken)
    {
        var head = new byte[2];
        var count = 0;
        while (count < head.Length)
        {
            var read = await raw.ReadAsync(head.AsMemory(count), cancellationToken).ConfigureAwait(false);
            if (read == 0) break;
            count += read;
        }
        var replayed = new PrefixedStream(head.AsMemory(0, count), raw);
        return count == 2 && head[0] == 0x1F && head[1] == 0x8B
            ? new GZipStream(replayed, CompressionMode.Decompress, leaveOpen: false)
            : replayed;
    }
}
