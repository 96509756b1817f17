using ActivityAware.Core.Rules;
using ActivityAware.Local.Workflow;

namespace ActivityAware.Benchmarks;

/// <summary>The workflow a replay with embedded defaults builds (the default pack, no diagnostics), as every end-to-end measurement uses it.</summary>
public static class BenchWorkflow
{
    public static WorkflowReplayPipeline New(string deadLetterPath) => LocalWorkflow.Create(new LocalWorkflowOptions
    {
        Rules = RulePack.LoadDefault(),
        DeadLetterPath = deadLetterPath,
        Diagnostics = TextWriter.Null,
    });
}
