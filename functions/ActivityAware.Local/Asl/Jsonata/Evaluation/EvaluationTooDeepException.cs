namespace ActivityAware.Local.Asl.Jsonata.Evaluation;

/// <summary>Evaluation nested past what the caller's stack safely holds; the evaluation restarts on a large-stack thread.</summary>
internal sealed class EvaluationTooDeepException : Exception
{
    public EvaluationTooDeepException()
        : base("JSONata evaluation nested too deeply for the calling thread's stack.")
    {
    }
}
