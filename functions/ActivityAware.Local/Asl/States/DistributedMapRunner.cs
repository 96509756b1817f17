using System.Text.Json.Nodes;
using ActivityAware.Local.Asl.Definition;
using ActivityAware.Local.Asl.Distributed;
using ActivityAware.Local.Asl.Execution;
using ActivityAware.Local.Asl.Variables;

namespace ActivityAware.Local.Asl.States;

/// <summary>
/// A Map state in Distributed mode (developer guide, "Using Map state in Distributed mode"): one Map Run whose items come from ItemsPath
/// or the ItemReader, shaped by ItemSelector, grouped by the ItemBatcher, each item or batch a child workflow execution with its own
/// <c>$$.Execution</c> and no access to the parent's variables. A failed child counts against ToleratedFailureCount/Percentage (zero when
/// unset), so past the threshold the Map fails with States.ExceedToleratedFailureThreshold rather than the child's error.
/// History, as AWS records it: MapStateStarted, MapRunStarted (its ARN as the resource), then MapRunSucceeded or MapRunFailed with the
/// error; a child's states go to the child execution's own history (and to the observer, scoped <c>Map[i]</c>, for tracing).
/// </summary>
internal sealed class DistributedMapRunner(ExecutionRun run, GraphRunner graphs)
{
    public async Task<JsonNode?> RunAsync(StateDefinition state, JsonNode? rawInput, string scope, DateTimeOffset entered, int retryCount, CancellationToken ct)
    {
        var distributed = state.Distributed!;
        Func<JsonNode?> context = () => run.Context(state.Name, entered, retryCount);
        var effective = StateIo.Select(state.InputPath, rawInput, context);
        var scopeData = new EvaluationScope(effective, context, run.Bindings.Random);
        var items = distributed.ItemReader is null ? MapStateRunner.Items(state, effective, context) : null;
        var maxConcurrency = MapStateRunner.MaxConcurrency(state, scopeData);
        run.Emit("MapStateStarted", scope, state.Name, output: JsonValue.Create(items?.Count ?? 0));
        // Read before the Map Run starts: a bad ToleratedFailure*Path fails the execution with no MapRunStarted (AWS recording:
        // test_map_state_tolerated_failure_count_path[NoNumber]). With an ItemReader the item count comes later.
        var tolerance = MapFailureTolerance.For(state, scopeData, items?.Count ?? 0)!;
        var mapRunName = distributed.Label ?? run.NewId();
        var mapRunArn = run.MapRunArn(mapRunName, run.NewId());
        run.Emit("MapRunStarted", scope, state.Name, resource: mapRunArn);
        JsonNode? result;
        try
        {
            if (items is null)
            {
                items = await ItemReaderRunner.ReadAsync(distributed.ItemReader!, scopeData, run.Bindings.S3, ct);
                tolerance = tolerance.WithItems(items.Count);
            }
            var selected = Select(state, effective, entered, retryCount, items);
            var inputs = distributed.ItemBatcher is null
                ? selected.Select(i => (Input: i, ItemCount: 1)).ToList()
                : ItemBatches.Build(distributed.ItemBatcher, selected, scopeData).Select(b => (Input: (JsonNode?)b.Input, b.ItemCount)).ToList();
            var children = inputs.Select(input => NewChild(distributed, mapRunName, input.Input)).ToList();
            var prefix = scope.Length == 0 ? "" : scope + "/";
            var outcome = await ConcurrentRuns.RunAllAsync(inputs.Count, maxConcurrency, async (i, token) =>
            {
                var (child, execution) = children[i];
                ChildExecution.Current = execution;
                // A child workflow execution starts with no variables: it cannot read the parent's.
                VariableScope.Current = VariableScope.Current is null ? null : new VariableScope();
                try
                {
                    child.Output = await graphs.RunAsync(state.ItemProcessor!, inputs[i].Input, $"{prefix}{state.Name}[{i}]", null, token);
                    child.Stop = run.Bindings.Time.GetUtcNow();
                    return child.Output;
                }
                catch (StatesErrorException e)
                {
                    (child.Error, child.Cause, child.Stop) = (e.Error, e.Cause, run.Bindings.Time.GetUtcNow());
                    return tolerance.Tolerate(inputs[i].ItemCount);
                }
            }, ct);
            if (outcome.Failure is { } failure)
                throw failure;
            result = distributed.ResultWriter is { } writer
                ? await ResultWriterRunner.WriteAsync(writer, scopeData, run.Bindings.S3, mapRunArn, children.Select(c => c.Child).ToList(), ct)
                : new JsonArray(outcome.Results.ToArray());
        }
        catch (StatesErrorException e)
        {
            run.Emit("MapRunFailed", scope, state.Name, error: e.Error, cause: e.Cause, resource: mapRunArn);
            run.Emit("MapStateFailed", scope, state.Name, error: e.Error, cause: e.Cause);
            throw;
        }
        run.Emit("MapRunSucceeded", scope, state.Name, resource: mapRunArn);
        run.Emit("MapStateSucceeded", scope, state.Name);
        return StateIo.Complete(state, scopeData, rawInput, result, context);
    }

    /// <summary>Each item through ItemSelector (with <c>$$.Map.Item</c>), or the item itself; batching groups what this returns.</summary>
    private List<JsonNode?> Select(StateDefinition state, JsonNode? effective, DateTimeOffset entered, int retryCount, JsonArray items) =>
        items.Select((item, i) => state.ItemSelector is null
            ? AslJson.Clone(item)
            : state.ItemSelector.Evaluate(new EvaluationScope(effective,
                () => run.Context(state.Name, entered, retryCount, new JsonObject { ["Index"] = i, ["Value"] = AslJson.Clone(item) }),
                run.Bindings.Random))).ToList();

    /// <summary>Named before the children run: the names come from the bindings' random, which a seeded run does not share across threads.</summary>
    private (ChildRun Child, ChildExecution Execution) NewChild(DistributedMapDefinition distributed, string mapRunName, JsonNode? input)
    {
        var execution = run.NewChildExecution(mapRunName, run.NewId(), distributed.ExecutionType, input);
        var child = new ChildRun((string)execution.Execution["Name"]!, (string)execution.Execution["Id"]!, (string)execution.StateMachine["Id"]!,
            input, run.Bindings.Time.GetUtcNow());
        return (child, execution);
    }
}
