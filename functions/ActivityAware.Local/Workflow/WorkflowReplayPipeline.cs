using System.Buffers;
using System.Text.Json;
using ActivityAware.Core.CloudTrail.Reading;
using ActivityAware.Core.Normalization;
using ActivityAware.Core.Rules.Projection;
using ActivityAware.Core.Rules.Pushdown;
using ActivityAware.Local.Asl.Execution;
using ActivityAware.Local.Replay;

namespace ActivityAware.Local.Workflow;

/// <summary>
/// Replays a record as AWS would process it: wrapped as the EventBridge event, started as an execution only if the pushdown pattern
/// matches (as the EventBridge rule does), then run through the state machine definition with the step code bound in process.
/// An execution that reaches delivery is an alert; one that fails is a failed record (its dead letter is written by the workflow).
/// The pushdown is checked from the fields the pattern reads, captured in one pass over the record; the envelope is built for
/// candidates only. As the reader's <see cref="IRecordScreen"/> the pipeline makes that pass in the reader's own: records the pattern
/// filters out are then counted here and never copied.
/// </summary>
public sealed class WorkflowReplayPipeline(
    StateMachineInterpreter interpreter,
    EventBridgePattern pushdown,
    EventTimeClock clock,
    ExecutionTraceWriter? trace) : IReplayPipeline, IRecordScreen
{
    private readonly PushdownPrefilter _pushdown = new(pushdown);
    private long _executions;

    public long Filtered { get; private set; }
    public long Executions => _executions;

    public bool TryScreen(ref Utf8JsonReader reader, out ScreenVerdict verdict)
    {
        if (!_pushdown.TryScreen(ref reader, out verdict)) return false;
        if (verdict == ScreenVerdict.Rejected) Filtered++;
        return true;
    }

    public async ValueTask<ReplayOutcome> ProcessAsync(RawRecord raw, CancellationToken cancellationToken)
    {
        var (record, location) = (raw.Json, raw.Location);
        JsonElement envelope;
        try
        {
            if (raw.PassedBy != this && !_pushdown.PushdownMatches(record.Span))
            {
                Filtered++;
                return ReplayOutcome.NoAlert;
            }
            // Parsed once: the clock reads the event time from it and the execution's input is a node over the same document.
            envelope = ParseEnvelope(record.Span);
            clock.Set(EventTime(envelope));
        }
        catch (JsonException e)
        {
            return ReplayOutcome.Failed($"the record is not valid JSON: {e.Message}");
        }

        var name = $"replay-{Interlocked.Increment(ref _executions)}";
        var result = await interpreter.ExecuteAsync(envelope, new ExecutionOptions(ExecutionName: name), cancellationToken);
        trace?.Write(location, result);
        return ExecutionOutcome.From(result, location);
    }

    [ThreadStatic] private static ArrayBufferWriter<byte>? t_envelope;
    [ThreadStatic] private static Utf8JsonWriter? t_envelopeWriter;

    /// <summary>The EventBridge event around the record, written into a per-thread buffer and parsed from it (the parse keeps its own copy).</summary>
    private static JsonElement ParseEnvelope(ReadOnlySpan<byte> record)
    {
        var buffer = t_envelope ??= new ArrayBufferWriter<byte>(16 * 1024);
        buffer.ResetWrittenCount();
        var writer = t_envelopeWriter ??= new Utf8JsonWriter(buffer);
        writer.Reset(buffer);
        EventBridgeEnvelope.Write(record, writer);
        return JsonElement.Parse(buffer.WrittenSpan);
    }

    private static DateTimeOffset? EventTime(JsonElement envelope) =>
        envelope.TryGetProperty("detail", out var detail)
        && detail.TryGetProperty("eventTime", out var time)
        && time.ValueKind == JsonValueKind.String
        && time.TryGetDateTimeOffset(out var parsed)
            ? parsed
            : null;
}
