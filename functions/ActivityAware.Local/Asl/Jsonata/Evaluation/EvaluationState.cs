namespace ActivityAware.Local.Asl.Jsonata.Evaluation;

/// <summary>
/// What one evaluation shares across its scopes: the instant $now() and $millis() give, and how deeply evaluation
/// is nested, so that deep recursion ends in an error (or a move to a bigger stack) rather than a stack overflow.
/// </summary>
internal sealed class EvaluationState
{
    public EvaluationState(DateTimeOffset timestamp, int maxDepth, bool onLargeStack)
    {
        Timestamp = timestamp;
        MaxDepth = maxDepth;
        OnLargeStack = onLargeStack;
    }

    public DateTimeOffset Timestamp { get; }

    public int MaxDepth { get; }

    /// <summary>Already running on the large-stack thread: going deeper is JSONata's U1001, not a retry.</summary>
    public bool OnLargeStack { get; }

    public int Depth { get; set; }
}
