using ActivityAware.Core.Rules;

namespace ActivityAware.Core.Rendering;

/// <summary>The lower-case names severities are written with in payloads and messages.</summary>
public static class SeverityNames
{
    public static string Of(Severity severity) => severity switch
    {
        Severity.Info => "info",
        Severity.Low => "low",
        Severity.Medium => "medium",
        Severity.High => "high",
        Severity.Critical => "critical",
        _ => throw new ArgumentOutOfRangeException(nameof(severity), severity, "not a defined severity"),
    };
}
