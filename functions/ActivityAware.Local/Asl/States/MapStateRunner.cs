using System.Text.Json.Nodes;
using ActivityAware.Local.Asl.Definition;
using ActivityAware.Local.Asl.Execution;

namespace ActivityAware.Local.Asl.States;

/// <summary>
/// Inline Map: ItemsPath selects the array from the effective input; ItemSelector (or legacy Parameters) shapes each item with
/// <c>$$.Map.Item.Index</c>/<c>Value</c>; iterations run the ItemProcessor with at most MaxConcurrency in flight; any failed
/// iteration fails the state with its error (a JSONata Map: Items, ItemSelector and MaxConcurrency as expressions). Each iteration reads the variables around the Map state and keeps its own assignments.
/// </summary>
internal sealed class MapStateRunner(ExecutionRun run, RetryingStateRunner retrying, GraphRunner graphs)
{
    /// <param name="inputSizeBound">What the raw input is known not to exceed in bytes; null: unknown.</param>
    public Task<StateOutcome> RunAsync(StateDefinition state, JsonNode? rawInput, int? inputSizeBound, string scope, DateTimeOffset entered, CancellationToken ct) =>
        state.QueryLanguage == QueryLanguage.Jsonata ? RunJsonataAsync(state, rawInput, scope, entered, ct) : retrying.RunAsync(state, rawInput, scope, async retryCount =>
        {
            if (state.Distributed is not null)
                return await new DistributedMapRunner(run, graphs).RunAsync(state, rawInput, scope, entered, retryCount, ct);
            Func<JsonNode?> context = () => run.Context(state.Name, entered, retryCount);
            var effective = StateIo.Select(state.InputPath, rawInput, context);
            var scopeData = new EvaluationScope(effective, context, run.Bindings.Random);
            var items = Items(state, effective, context);
            var maxConcurrency = MaxConcurrency(state, scopeData);
            var tolerance = MapFailureTolerance.For(state, scopeData, items.Count);
            var inputs = items.Select((item, i) => state.ItemSelector is null
                ? AslJson.Clone(item)
                : state.ItemSelector.Evaluate(new EvaluationScope(effective,
                    () => run.Context(state.Name, entered, retryCount, new JsonObject { ["Index"] = i, ["Value"] = AslJson.Clone(item) }),
                    run.Bindings.Random))).ToList();
            var itemSizeBound = ItemsArePartsOfInput(state) ? inputSizeBound : null;
            var result = await Iterate(state, inputs, maxConcurrency, tolerance, scope, itemSizeBound, ct);
            return StateIo.Complete(state, scopeData, rawInput, result, context);
        }, ct);

    /// <summary>The iterations (at most <paramref name="maxConcurrency"/> at once); the result is their outputs in item order.</summary>
    private async Task<JsonNode?> Iterate(StateDefinition state, List<JsonNode?> inputs, int maxConcurrency, MapFailureTolerance? tolerance, string scope,
        int? itemSizeBound, CancellationToken ct)
    {
        run.Emit("MapStateStarted", scope, state.Name, output: JsonValue.Create(inputs.Count));
        var prefix = scope.Length == 0 ? "" : scope + "/";
        var outcome = await ConcurrentRuns.RunAllAsync(inputs.Count, maxConcurrency, async (i, token) =>
        {
            run.Emit("MapIterationStarted", scope, state.Name, index: i);
            try
            {
                var output = await graphs.RunAsync(state.ItemProcessor!, inputs[i], $"{prefix}{state.Name}[{i}]", itemSizeBound, token);
                run.Emit("MapIterationSucceeded", scope, state.Name, index: i);
                return output;
            }
            catch (StatesErrorException e)
            {
                run.Emit("MapIterationFailed", scope, state.Name, index: i, error: e.Error, cause: e.Cause);
                if (tolerance is null)
                    throw;
                return tolerance.Tolerate();
            }
        }, ct);
        if (outcome.Failure is { } failure)
        {
            run.Emit("MapStateFailed", scope, state.Name, error: failure.Error, cause: failure.Cause);
            throw failure;
        }
        run.Emit("MapStateSucceeded", scope, state.Name);
        return new JsonArray(outcome.Results.ToArray());
    }

    /// <summary>
    /// A JSONata Map: Items (default: the input) → ItemSelector per item, reading <c>$states.context.Map.Item</c> → iterations → Assign and
    /// Output over <c>$states.result</c> (default output: the result).
    /// </summary>
    private Task<StateOutcome> RunJsonataAsync(StateDefinition state, JsonNode? rawInput, string scope, DateTimeOffset entered, CancellationToken ct) =>
        retrying.RunAsync(state, rawInput, scope, async retryCount =>
        {
            var states = new JsonataScope(rawInput, () => run.Context(state.Name, entered, retryCount), run.Bindings.Time);
            var items = JsonataItems(state, states);
            var maxConcurrency = state.MaxConcurrencyExpression is { } expression
                ? (int)JsonataStateIo.Integer(expression, states, "MaxConcurrency", 0, int.MaxValue)
                : state.MaxConcurrency;
            var tolerance = MapFailureTolerance.For(state, states, items.Count);
            var inputs = items.Select((item, i) => state.JsonataItemSelector is null
                ? AslJson.Clone(item)
                : state.JsonataItemSelector.Evaluate(new JsonataScope(rawInput,
                    () => run.Context(state.Name, entered, retryCount, new JsonObject { ["Index"] = i, ["Value"] = AslJson.Clone(item) }),
                    run.Bindings.Time))).ToList();
            var result = await Iterate(state, inputs, maxConcurrency, tolerance, scope, itemSizeBound: null, ct);
            return JsonataStateIo.Complete(state, states.WithResult(result), result);
        }, ct);

    /// <summary>A JSONata Map's Items (a literal array or an expression yielding one), else its input, which must then be an array.</summary>
    private static JsonArray JsonataItems(StateDefinition state, JsonataScope scope)
    {
        if (state.Items is null)
            return scope.Input as JsonArray ?? throw new StatesErrorException(StatesErrorNames.QueryEvaluationError,
                $"The input of the Map state '{state.Name}' must be an array when it has no Items field, but is {AslJson.TypeName(scope.Input)}: {Truncate(AslJson.Serialize(scope.Input))}");
        var value = state.Items.Evaluate(scope);
        return value as JsonArray ?? throw JsonataStateIo.UnexpectedType(state.Items, "Items", "array", value);
    }

    /// <summary>
    /// Without ItemSelector each iteration's input is an element of the array that InputPath and ItemsPath select; when both select parts
    /// of the raw input, its JSON is a substring of the raw input's, so within any bound on it.
    /// </summary>
    private static bool ItemsArePartsOfInput(StateDefinition state) =>
        state.QueryLanguage == QueryLanguage.JsonPath && state.ItemSelector is null && StateIo.SelectsPart(state.InputPath) && StateIo.SelectsPart(state.ItemsPath);

    internal static JsonArray Items(StateDefinition state, JsonNode? effective, Func<JsonNode?> context)
    {
        var selected = state.ItemsPath.IsNull ? effective : StateIo.Select(state.ItemsPath, effective, context);
        return selected as JsonArray ?? throw new StatesErrorException(StatesErrorNames.Runtime,
            $"Item path {state.ItemsPath} in the Map state '{state.Name}' must select an array, but selected {AslJson.TypeName(selected)}: {Truncate(AslJson.Serialize(selected))}");
    }

    internal static int MaxConcurrency(StateDefinition state, EvaluationScope scope)
    {
        if (state.MaxConcurrencyPath is null)
            return state.MaxConcurrency;
        var n = state.MaxConcurrencyPath.EvaluateInteger(scope, "MaxConcurrencyPath", 0,
            n => $"Expected non-negative integer for MaxConcurrency, got '{n}' instead.", allowString: true);
        return (int)Math.Min(n, int.MaxValue);
    }

    private static string Truncate(string text) => text.Length <= 200 ? text : text[..200] + "…";
}
