using System.Text.Json;

namespace ActivityAware.Local.Tests.Replay;

/// <summary>Parses jsonl output and checks that every line carries the documented fields.</summary>
internal static class AlertLines
{
    public static readonly string[] RequiredFields =
    [
        "eventId", "eventTime", "ruleIds", "categories", "severity", "title", "principalArn", "principalType", "accountId", "region",
        "eventSource", "eventName", "errorCode", "sourceIp",
    ];

    public static IReadOnlyList<JsonElement> Parse(IEnumerable<string> lines)
    {
        var parsed = new List<JsonElement>();
        foreach (var line in lines)
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            Assert.Equal(JsonValueKind.Object, root.ValueKind);
            foreach (var field in RequiredFields)
                Assert.True(root.TryGetProperty(field, out _), $"alert line lacks '{field}': {line}");
            Assert.Equal(JsonValueKind.Array, root.GetProperty("ruleIds").ValueKind);
            Assert.Equal(JsonValueKind.Array, root.GetProperty("categories").ValueKind);
            parsed.Add(root.Clone());
        }
        return parsed;
    }
}
