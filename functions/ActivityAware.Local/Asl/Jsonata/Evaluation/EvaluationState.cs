namespace ActivityAware.Local.Asl.Jsonata.Evaluation;

/// <summary>What stays fixed during one evaluation: $now() and $millis() give the same instant throughout.</summary>
internal sealed record EvaluationState(DateTimeOffset Timestamp, TimeProvider Clock);
