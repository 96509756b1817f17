using System.Text;
using System.Text.Json;
using ActivityAware.Core.Normalization;
using ActivityAware.Core.Rules.Pushdown;

namespace ActivityAware.Core.Tests.Rules.Pushdown;

/// <summary>
/// Checks a pushdown set on records, each wrapped as EventBridge delivers it: no record matches two patterns, the union matches
/// exactly when one pattern does, every record the exact (unsplit, unwidened) pushdown admits is admitted, and nothing else is
/// admitted except what <paramref name="generalized"/> allows.
/// </summary>
internal static class PushdownSetCheck
{
    public static List<string> Problems(PushdownPatternSet set, EventBridgePattern exact, Func<JsonElement, bool> generalized, IEnumerable<string> records)
    {
        var problems = new List<string>();
        foreach (var record in records)
        {
            using var envelope = JsonDocument.Parse(EventBridgeEnvelope.Wrap(Encoding.UTF8.GetBytes(record)));
            var root = envelope.RootElement;
            var matching = set.Patterns.Select((p, i) => (p, i)).Where(x => x.p.Matches(root)).Select(x => x.i).ToList();
            if (matching.Count > 1) problems.Add($"patterns {string.Join(",", matching)} all match {record}");
            if (set.Union.Matches(root) != matching.Count > 0) problems.Add($"union says {set.Union.Matches(root)}, patterns {matching.Count}: {record}");
            var expected = exact.Matches(root);
            if (expected && matching.Count == 0) problems.Add($"lost: {record}");
            if (!expected && matching.Count > 0 && !generalized(root)) problems.Add($"admitted beyond the generalizations: {record}");
        }
        return problems;
    }

    /// <summary>The default pack's generalizations: any error code, any root identity.</summary>
    public static bool ErrorOrRoot(JsonElement envelope) => AnyError.Matches(envelope) || Root.Matches(envelope);

    private static readonly EventBridgePattern AnyError = new("""{"detail":{"errorCode":[{"exists":true}]}}""");
    private static readonly EventBridgePattern Root = new("""{"detail":{"userIdentity":{"type":["Root"]}}}""");
}
