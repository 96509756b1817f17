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
            Lambda = LocalStepFunctions.Create(new RuleEngine(options.Rules, includeThresholdRules: true), options.DedupeWindow, clock, log),
            Sqs = new JsonLinesSqsSink(options.DeadLetterPath, TimeProvider.System),
            RecordPayloads = options.Trace is not null,
        };
        var interpreter = new StateMachineInterpreter(EmbeddedStateMachine.Load(), bindings);
        // The user's rules count too: locally the patterns are regenerated from the effective pack, as `rules pattern` would print them
        // for deployment, and their union is checked: it matches exactly when one of the deployed rules would.
        var pushdown = PushdownPatternGenerator.GenerateSet(options.Rules);
        if (pushdown.Widened)
            options.Diagnostics.WriteLine("warning: the EventBridge pushdown for these rules had to be widened (no split into disjoint patterns fits); " +
                                          "more events start executions than any rule can match");
        var trace = options.Trace is { } writer ? new ExecutionTraceWriter(writer) : null;
        return new WorkflowReplayPipeline(interpreter, pushdown.Union, clock, trace);
    }
}
