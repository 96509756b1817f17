using ActivityAware.Core.Rules;

namespace ActivityAware.Core.Routing;

/// <summary>
/// One destination of the routing file. <c>SecretParameter</c> names the SSM SecureString holding the webhook URL or routing key (null: dry run);
/// <c>To</c> lists email recipients. Filters: an alert passes when its severity is at least <c>MinimumSeverity</c> and, when filters are given,
/// one of its matches has a listed rule id or category.
/// </summary>
public sealed record DestinationConfig
{
    public required string Name { get; init; }
    public required string Type { get; init; }
    public string? SecretParameter { get; init; }
    public IReadOnlyList<string> To { get; init; } = [];
    public Severity MinimumSeverity { get; init; } = Severity.Info;
    public IReadOnlyList<string> RuleIds { get; init; } = [];
    public IReadOnlyList<string> Categories { get; init; } = [];
}
