using ActivityAware.Core.Rules;
using ActivityAware.Core.Rules.Pushdown;
using ActivityAware.Functions.Hosting;
using ActivityAware.Local.Asl.Execution;
using ActivityAware.Local.Asl.Tasks;

namespace ActivityAware.Local.Workflow;

/// <summary>Assembles the local run of the workflow: the embedded definition, the step handlers, the dead-letter file and the pushdown filter.</summary>
public static class LocalWorkflow
{
    public static WorkflowReplayPipeline Create(LocalWorkflowOptions options)
    {
        var clock = new EventTimeClock(TimeProvider.System);
        var log = new StepLog("local", options.Diagnostics, LogLevel.Warning);
        var bindings = new InterpreterBindings
        {
            Lambda = LocalStepFunctions.Create(new RuleEngine(options.Rules), options.DedupeWindow, clock, log),
            Sqs = new JsonLinesSqsSink(options.DeadLetterPath, TimeProvider.System),
            RecordPayloads = options.Trace is not null,
        };
        var interpreter = new StateMachineInterpreter(EmbeddedStateMachine.Load(), bindings);
        // The user's rules count too: locally the pattern is regenerated from the effective pack, as `rules pattern` would print it for deployment.
        var pushdown = PushdownPatternGenerator.Generate(options.Rules);
        var trace = options.Trace is { } writer ? new ExecutionTraceWriter(writer) : null;
        return new WorkflowReplayPipeline(interpreter, pushdown, clock, trace);
    }
}
