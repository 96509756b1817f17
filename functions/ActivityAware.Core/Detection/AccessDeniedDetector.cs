using System.Text;
using System.Text.Json;
using ActivityAware.Core.Rules;
using ActivityAware.Core.Rules.Files;
using ActivityAware.Core.Rules.Patterns;

namespace ActivityAware.Core.Detection;

/// <summary>
/// The default pack's <c>AWS.AccessDenied</c> rule on its own, behind <see cref="IRuleEngine"/>. The authorization-failure error codes
/// live only in that rule file: <see cref="IsAuthorizationFailure"/> asks its <c>errorCode</c> condition, so enrichment and detection
/// cannot disagree about what a denial is.
/// </summary>
public sealed class AccessDeniedDetector : IRuleEngine
{
    public const string RuleId = "AWS.AccessDenied";
    public const string Category = "access-denied";

    private static readonly Rule DefaultRule = LoadDefaultRule();
    private static readonly FieldCondition ErrorCodeCondition = DefaultRule.Match.Conditions.Single(c => c.Path == "errorCode");

    private readonly RuleEngine _engine = new(new RulePack([DefaultRule]));

    public IReadOnlyList<RuleMatch> Evaluate(JsonElement record) => _engine.Evaluate(record);

    /// <summary>Whether <paramref name="code"/> is one of the rule's authorization-failure error codes (its exceptions, about who called, do not apply).</summary>
    public static bool IsAuthorizationFailure(string code) => ErrorCodeCondition.MatchesString(Encoding.UTF8.GetBytes(code));

    /// <summary>Only this rule's file is read and parsed: the Enrich function needs nothing else of the pack.</summary>
    private static Rule LoadDefaultRule()
    {
        var source = RulePack.DefaultSource(RuleId);
        var parsed = RuleFileParser.Parse(source.Name, source.Text);
        return parsed.Rule ?? throw new InvalidOperationException($"{source.Name} is invalid: {string.Join("; ", parsed.Errors)}");
    }
}
