using System.Text.Json;
using ActivityAware.Core.CloudTrail.Reading;
using ActivityAware.Core.Normalization;
using ActivityAware.Core.Rules;
using ActivityAware.Core.Rules.Projection;
using ActivityAware.Core.Rules.Pushdown;

namespace ActivityAware.Benchmarks;

/// <summary>
/// "Normalize + full pack" as the replay does it, single-threaded: the real <see cref="CloudTrailStreamReader"/> over a
/// gzipped stream with the prefilter as its screen (each record is read once; those the pushdown or the pack rejects are
/// only counted), a full parse and normalization only of records the pushdown passes and a rule matches. The old way
/// parses every record in full instead.
/// </summary>
public sealed class PrefilterPipeline(RuleEngine engine, EventBridgePattern pushdown)
{
    private readonly RecordPrefilter _prefilter = new(engine, pushdown);
    private readonly PushdownPrefilter _pushdownOnly = new(pushdown);
    private readonly EventNormalizer _normalizer = new();

    public PipelineCounts Run(Stream decompressed)
    {
        var counts = new PipelineCounts();
        foreach (var item in Items(decompressed, _prefilter))
        {
            counts.Records += item.ScreenedOut;
            if (item.Record is not { } raw) continue;
            counts.Records++;
            var record = raw.Json;
            var result = _prefilter.Evaluate(raw);
            if (!result.PushdownMatched || !result.HasMatches) continue;
            using var document = JsonDocument.Parse(record);
            counts.Normalized += _normalizer.Normalize(document.RootElement).EventName.Length > 0 ? 1 : 0;
            counts.Matches += result.Matches.Count;
        }
        return counts;
    }

    public PipelineCounts RunOldWay(Stream decompressed)
    {
        var counts = new PipelineCounts();
        foreach (var record in Records(decompressed))
        {
            counts.Records++;
            using var document = JsonDocument.Parse(record);
            using var envelope = JsonDocument.Parse(EventBridgeEnvelope.Wrap(record.Span));
            var matches = engine.Evaluate(document.RootElement);
            if (!pushdown.Matches(envelope.RootElement) || matches.Count == 0) continue;
            counts.Normalized += _normalizer.Normalize(document.RootElement).EventName.Length > 0 ? 1 : 0;
            counts.Matches += matches.Count;
        }
        return counts;
    }

    /// <summary>The replay's pushdown check alone: new (projection) and old (wrap + parse the envelope).</summary>
    public int PushdownOnly(Stream decompressed, bool oldWay)
    {
        var passed = 0;
        foreach (var record in Records(decompressed))
        {
            if (oldWay)
            {
                using var envelope = JsonDocument.Parse(EventBridgeEnvelope.Wrap(record.Span));
                if (pushdown.Matches(envelope.RootElement)) passed++;
            }
            else if (_pushdownOnly.PushdownMatches(record.Span)) passed++;
        }
        return passed;
    }

    /// <summary>The reader alone: the floor under every pipeline that uses it.</summary>
    public long ReadOnly(Stream decompressed)
    {
        long bytes = 0;
        foreach (var record in Records(decompressed)) bytes += record.Length;
        return bytes;
    }

    private static IEnumerable<ReadOnlyMemory<byte>> Records(Stream decompressed) =>
        Items(decompressed, screen: null).Select(item => item.Record!.Json);

    private static IEnumerable<ReadItem> Items(Stream decompressed, IRecordScreen? screen)
    {
        var items = new CloudTrailStreamReader(new CloudTrailReaderOptions { Screen = screen }).ReadAsync(decompressed, "generated.json.gz").GetAsyncEnumerator();
        try
        {
            while (items.MoveNextAsync().AsTask().GetAwaiter().GetResult())
            {
                var item = items.Current;
                if (item.Failure is { } failure) throw new InvalidDataException(failure.ToString());
                yield return item;
            }
        }
        finally
        {
            items.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }
}
