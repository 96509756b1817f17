using System.Diagnostics.Tracing;

namespace ActivityAware.Benchmarks;

/// <summary>
/// What allocates, by type, from the runtime's allocation ticks (one event per ~100 KB allocated, naming the type that crossed it):
/// a sample, so only the large shares mean much. For <c>--exec-loop … --allocations</c>.
/// </summary>
public sealed class AllocationSampler : EventListener
{
    private const EventKeywords GcKeyword = (EventKeywords)0x1;
    private readonly Dictionary<string, long> _bytesByType = new(StringComparer.Ordinal);

    public bool Sampling { get; set; }

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime") EnableEvents(source, EventLevel.Verbose, GcKeyword);
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (!Sampling || e.EventName != "GCAllocationTick_V4" || e.Payload is not { } payload || e.PayloadNames is not { } names) return;
        var type = payload[names.IndexOf("TypeName")] as string ?? "?";
        var bytes = Convert.ToInt64(payload[names.IndexOf("AllocationAmount64")], System.Globalization.CultureInfo.InvariantCulture);
        lock (_bytesByType) _bytesByType[type] = _bytesByType.GetValueOrDefault(type) + bytes;
    }

    public void WriteTop(TextWriter output, int count, long operations)
    {
        lock (_bytesByType)
            foreach (var (type, bytes) in _bytesByType.OrderByDescending(p => p.Value).Take(count))
                output.WriteLine($"{bytes / operations,8} B/op  {type}");
    }
}
