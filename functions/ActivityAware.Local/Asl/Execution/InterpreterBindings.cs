using ActivityAware.Local.Asl.Tasks;

namespace ActivityAware.Local.Asl.Execution;

/// <summary>
/// What the interpreter's tasks and waits are bound to. Unset Lambda/SQS bindings mean a Task using them
/// is rejected when the interpreter is built, unless <see cref="Mocker"/> covers that state.
/// </summary>
public sealed record InterpreterBindings
{
    public ILambdaInvoker? Lambda { get; init; }
    public ISqsSink? Sqs { get; init; }

    /// <summary>The S3 a Distributed Map's ItemReader reads and its ResultWriter writes.</summary>
    public IS3ObjectStore? S3 { get; init; }
    public ITaskMocker? Mocker { get; init; }
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>Retry backoff and Wait states; defaults to waiting on <see cref="Time"/>.</summary>
    public IWaiter? Waiter { get; init; }

    /// <summary>Jitter, States.UUID, States.MathRandom; seed it for reproducible runs.</summary>
    public Random Random { get; init; } = Random.Shared;
    public IExecutionObserver? Observer { get; init; }

    /// <summary>
    /// True (default): history events carry copies of each state's input and output. False: they carry neither, which saves two
    /// deep copies per state when nothing reads them (a replay without --trace); states entered, errors and the output are kept.
    /// </summary>
    public bool RecordPayloads { get; init; } = true;

    /// <summary>
    /// True (default): a Task that can run neither through a binding nor a mock is rejected when the interpreter is built.
    /// False (asl run with a mock test case): it fails with States.Runtime only if an execution reaches it.
    /// </summary>
    public bool CheckTasksAtLoad { get; init; } = true;
}
