using System.Text.Json;
using ActivityAware.Core.Rules.Patterns;

namespace ActivityAware.Core.Rules.Pushdown;

/// <summary>
/// The pattern of the EventBridge rule that starts the state machine. It is matched against the EventBridge ENVELOPE
/// (<c>source</c>, <c>detail-type</c>, <c>detail</c> = the CloudTrail record), as AWS does before starting an execution.
/// </summary>
public sealed class EventBridgePattern
{
    private readonly EventPattern _pattern;

    public EventBridgePattern(string json)
    {
        Json = json;
        _pattern = EventPatternCompiler.CompileJson(json);
    }

    /// <summary>The pattern text, as written to <c>statemachine/eventbridge-pattern.json</c>.</summary>
    public string Json { get; }

    public bool Matches(JsonElement envelope) => _pattern.Matches(envelope);

    /// <summary>Every dotted envelope path the pattern reads (<c>source</c>, <c>detail.eventName</c>, …).</summary>
    public IReadOnlyList<string> ReferencedPaths() => _pattern.ReferencedPaths();
}
