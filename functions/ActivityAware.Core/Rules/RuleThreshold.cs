namespace ActivityAware.Core.Rules;

/// <summary>
/// A burst rule alerts only when, within <see cref="Window"/>, the matching events grouped by <see cref="GroupBy"/> reach
/// <see cref="Count"/> events, or <see cref="Count"/> distinct values of <see cref="DistinctField"/> when it is set.
/// Evaluated by the deduplication step; the engine only reports the match.
/// </summary>
public sealed record RuleThreshold(int Count, string? DistinctField, IReadOnlyList<string> GroupBy, TimeSpan Window)
{
    /// <summary>A counter holds up to twice this many values in one DynamoDB item, which must stay well under its 400 KB limit.</summary>
    public const int MaxCount = 1000;
}
