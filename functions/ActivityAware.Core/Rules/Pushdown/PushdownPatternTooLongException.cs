namespace ActivityAware.Core.Rules.Pushdown;

/// <summary>The rules' pushdown pattern does not fit EventBridge's limit even after every widening; the EventBridge rule could not be deployed.</summary>
public sealed class PushdownPatternTooLongException(int length, int limit) : Exception(
    $"the EventBridge pushdown pattern for these rules is {length} characters even after widening event names to their verbs, over the limit of {limit}; " +
    "constrain the rules by eventSource/eventName or raise the account's event pattern size quota")
{
    public int Length { get; } = length;
    public int Limit { get; } = limit;
}
