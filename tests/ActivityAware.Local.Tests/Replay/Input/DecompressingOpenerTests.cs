using System.IO.Compression;
using System.Text;
using ActivityAware.Local.Input;

namespace ActivityAware.Local.Tests.Replay.Input;

public sealed class DecompressingOpenerTests
{
    private static async Task<string> ReadAsync(byte[] stored)
    {
        await using var stream = await DecompressingOpener.OpenAsync(new MemoryStream(stored), CancellationToken.None);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return await reader.ReadToEndAsync();
    }

    private static byte[] Gzip(string text)
    {
        var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest)) gzip.Write(Encoding.UTF8.GetBytes(text));
        return output.ToArray();
    }

    [Fact]
    public async Task OpenAsync_GzipBytes_AreDecompressedWhateverTheName()
    {
        Assert.Equal("{\"Records\":[]}", await ReadAsync(Gzip("{\"Records\":[]}")));
    }

    [Fact]
    public async Task OpenAsync_ConcatenatedGzipMembers_AreAllRead()
    {
        Assert.Equal("[1,2]", await ReadAsync([.. Gzip("[1,"), .. Gzip("2]")]));
    }

    [Theory]
    [InlineData("{\"Records\":[]}")]
    [InlineData("x")]
    [InlineData("")]
    public async Task OpenAsync_PlainBytes_ArePassedThroughIncludingTheFirstTwo(string text)
    {
        Assert.Equal(text, await ReadAsync(Encoding.UTF8.GetBytes(text)));
    }
}
