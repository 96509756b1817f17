namespace ActivityAware.Core.Rules;

/// <summary>
/// Alerts of one rule with equal values of <see cref="Fields"/> (CloudTrail record paths) within <see cref="Window"/> are one alert;
/// a null window means the deployment's.
/// </summary>
public sealed record RuleDedupe(IReadOnlyList<string> Fields, TimeSpan? Window);
