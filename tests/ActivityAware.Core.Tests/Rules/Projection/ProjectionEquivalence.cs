using System.Buffers;
using System.Text;
using System.Text.Json;
using ActivityAware.Core.Normalization;
using ActivityAware.Core.Rules;
using ActivityAware.Core.Rules.Patterns;
using ActivityAware.Core.Rules.Projection;
using ActivityAware.Core.Rules.Pushdown;

namespace ActivityAware.Core.Tests.Rules.Projection;

/// <summary>
/// The contract under test: every pattern of the pack (match and exceptions) and the pushdown (over the envelope) decide
/// the same on a record and on its projection; the engine returns the same matches (ids, reasons, dedupe keys, order); the prefilters agree.
/// </summary>
internal static class ProjectionEquivalence
{
    public static readonly RulePack Pack = RulePack.LoadDefault();
    public static readonly EventBridgePattern Pushdown = PushdownPatternGenerator.Generate(Pack);
    // Threshold rules too: the projection must keep what every pattern in the pack reads, burst rules included.
    private static readonly RuleEngine Engine = new(Pack, includeThresholdRules: true);
    private static readonly EventPattern[] Patterns = Pack.Rules.SelectMany(r => r.Exceptions.Prepend(r.Match)).ToArray();

    /// <summary>Returns one line per disagreement; empty when the projection is equivalent for this record.</summary>
    public static List<string> Differences(string label, byte[] record, RecordPrefilter prefilter, PushdownPrefilter pushdown)
    {
        var differences = new List<string>();
        var projected = Project(prefilter, record);
        using var full = JsonDocument.Parse(record);
        using var small = JsonDocument.Parse(projected);
        for (var i = 0; i < Patterns.Length; i++)
        {
            if (Patterns[i].Matches(full.RootElement) != Patterns[i].Matches(small.RootElement))
                differences.Add($"{label}: pattern {i} ({Patterns[i].Source.Position}) differs; projection {Encoding.UTF8.GetString(projected)}");
        }
        var expected = Describe(Engine.Evaluate(full.RootElement));
        var result = prefilter.Evaluate(record);
        if (expected != Describe(result.Matches)) differences.Add($"{label}: engine {expected} != prefilter {Describe(result.Matches)}");
        if (full.RootElement.ValueKind == JsonValueKind.Object)
        {
            using var envelope = JsonDocument.Parse(EventBridgeEnvelope.Wrap(record));
            var pushdownExpected = Pushdown.Matches(envelope.RootElement);
            if (pushdownExpected != result.PushdownMatched) differences.Add($"{label}: pushdown {pushdownExpected} != prefilter {result.PushdownMatched}");
            if (pushdownExpected != pushdown.PushdownMatches(record)) differences.Add($"{label}: pushdown {pushdownExpected} != PushdownPrefilter");
        }
        return differences;
    }

    private static byte[] Project(RecordPrefilter prefilter, byte[] record)
    {
        var output = new ArrayBufferWriter<byte>();
        new RecordProjection(prefilter.ProjectedPaths).Project(record, output);
        return output.WrittenSpan.ToArray();
    }

    /// <summary>In the engine's order, with the reason and the dedupe key each match carries.</summary>
    private static string Describe(IReadOnlyList<RuleMatch> matches) =>
        string.Join("; ", matches.Select(m => $"{m.RuleId}[{m.Reason}]{{{m.DedupeKey}}}"));
}
