using System.Text;
using System.Text.Json;
using ActivityAware.Core.CloudTrail.Reading;

namespace ActivityAware.Core.Tests.CloudTrail.Reading;

/// <summary>Everything one reader run yielded, for assertions.</summary>
internal sealed record ReaderRun(IReadOnlyList<ReadItem> Items)
{
    public IReadOnlyList<RawRecord> Records => Items.Where(i => i.Record is not null).Select(i => i.Record!).ToList();
    public IReadOnlyList<ReadFailure> Failures => Items.Where(i => i.Failure is not null).Select(i => i.Failure!).ToList();

    public IReadOnlyList<string?> EventIds => Records.Select(r => Field(r, "eventID")).ToList();

    public static string? Field(RawRecord record, string name)
    {
        using var document = JsonDocument.Parse(record.Json);
        return document.RootElement.TryGetProperty(name, out var value) ? value.ToString() : null;
    }

    public static Task<ReaderRun> OfAsync(string text, CloudTrailReaderOptions? options = null, int chunk = int.MaxValue) =>
        OfAsync(Encoding.UTF8.GetBytes(text), options, chunk);

    public static async Task<ReaderRun> OfAsync(byte[] bytes, CloudTrailReaderOptions? options = null, int chunk = int.MaxValue, int? failAfter = null)
    {
        return await OfAsync(new ChunkedStream(bytes, chunk, failAfter), options);
    }

    public static async Task<ReaderRun> OfAsync(Stream stream, CloudTrailReaderOptions? options = null)
    {
        var reader = new CloudTrailStreamReader(options ?? CloudTrailReaderOptions.Default);
        var items = new List<ReadItem>();
        await foreach (var item in reader.ReadAsync(stream, "input.json")) items.Add(item);
        return new ReaderRun(items);
    }
}
