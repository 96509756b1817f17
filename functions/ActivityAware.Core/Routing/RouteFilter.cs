using ActivityAware.Core.Pipeline;
using ActivityAware.Core.Rendering;

namespace ActivityAware.Core.Routing;

/// <summary>Whether a destination's filters pass an alert, and in words why; null when they do not.</summary>
public static class RouteFilter
{
    public static string? Explain(DestinationConfig destination, AlertCandidate alert)
    {
        if (alert.Severity < destination.MinimumSeverity) return null;
        var severity = $"severity {SeverityNames.Of(alert.Severity)} >= {SeverityNames.Of(destination.MinimumSeverity)}";
        if (destination.RuleIds.Count == 0 && destination.Categories.Count == 0)
            return $"destination '{destination.Name}' takes every alert with {severity}";

        foreach (var match in alert.Matches)
        {
            if (destination.RuleIds.Contains(match.RuleId))
                return $"rule {match.RuleId} is in the ruleIds of destination '{destination.Name}', {severity}";
            if (destination.Categories.Contains(match.Category))
                return $"rule {match.RuleId} has category {match.Category}, in the categories of destination '{destination.Name}', {severity}";
        }
        return null;
    }
}
