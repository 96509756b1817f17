namespace ActivityAware.Local.Asl.Execution;

/// <summary>What the context object says about the execution (<c>$$.Execution.*</c>, <c>$$.StateMachine.*</c>).</summary>
public sealed record ExecutionOptions(
    string? ExecutionName = null,
    string Region = "us-east-1",
    string AccountId = "123456789012",
    string? RoleArn = null);
