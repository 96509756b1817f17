using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ActivityAware.Core.Pipeline;

namespace ActivityAware.Core.Rules;

/// <summary>Builds the <see cref="BurstObservation"/> a threshold rule's match carries, from the record it matched.</summary>
public static class BurstObservations
{
    /// <summary>Longer keys and values are stored by their hash: a DynamoDB key holds at most 2,048 bytes and the values are attacker-chosen.</summary>
    private const int MaxStoredBytes = 512;

    public static BurstObservation For(Rule rule, RuleThreshold threshold, JsonElement record)
    {
        var key = "burst:" + GroupKey(rule.Id, threshold, record);
        var value = threshold.DistinctField is { } field ? RecordFieldText.Read(record, field) : RecordFieldText.Read(record, "eventID");
        var counted = threshold.DistinctField is { } distinct ? $"distinct {distinct} values" : "events";
        return new BurstObservation(Bounded(key), Bounded(value), threshold.Count, (int)threshold.Window.TotalSeconds, counted);
    }

    /// <summary>The rule and its group-by values: also the alert key of a burst rule that names no dedupe fields, so one burst alerts once per window.</summary>
    public static string GroupKey(string ruleId, RuleThreshold threshold, JsonElement record) =>
        AlertKey.ForFields(ruleId, threshold.GroupBy.Select(f => (f, RecordFieldText.Read(record, f))));

    private static string Bounded(string text) =>
        Encoding.UTF8.GetByteCount(text) <= MaxStoredBytes
            ? text
            : "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
