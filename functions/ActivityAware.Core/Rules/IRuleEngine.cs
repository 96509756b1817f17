using System.Text.Json;

namespace ActivityAware.Core.Rules;

/// <summary>Evaluates detection rules over one CloudTrail record (the record itself, not an EventBridge envelope).</summary>
public interface IRuleEngine
{
    IReadOnlyList<RuleMatch> Evaluate(JsonElement record);
}
