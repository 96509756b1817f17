using System.Text.Json.Nodes;
using ActivityAware.Local.Asl.Definition;
using ActivityAware.Local.Asl.JsonPath;
using ActivityAware.Local.Asl.Variables;

namespace ActivityAware.Local.Asl.States;

/// <summary>InputPath, ResultPath, OutputPath and the 256 KiB payload limit, with AWS's error names.</summary>
internal static class StateIo
{
    public const int MaxPayloadBytes = 262_144;

    /// <summary>The size of <c>{}</c>, what a null path selects.</summary>
    public const int EmptyObjectBytes = 2;

    /// <summary>
    /// InputPath / OutputPath / ItemsPath: null gives <c>{}</c>; a <c>$$</c> path reads the context object and a <c>$name</c> path a
    /// variable (as on AWS); a path that selects nothing is States.Runtime.
    /// </summary>
    public static JsonNode? Select(PathField field, JsonNode? document, Func<JsonNode?> context) => Pick(field, document, context, copy: true);

    /// <summary>
    /// What <see cref="Select"/> selects, for a caller that only reads it (Choice rules; Parameters, which copy what they take; Pass, whose
    /// ResultPath copies): the document or the node inside it rather than a copy. Never hand the result on as a state's output or payload.
    /// </summary>
    public static JsonNode? Read(PathField field, JsonNode? document, Func<JsonNode?> context) => Pick(field, document, context, copy: false);

    private static JsonNode? Pick(PathField field, JsonNode? document, Func<JsonNode?> context, bool copy)
    {
        if (field.IsNull)
            return new JsonObject();
        var path = field.Path!;
        if (path.IsContext)
            document = context();
        else if (path.Variable is { } name)
            document = VariableScope.Read(name);
        if (path.IsWholeDocument)
            return copy ? AslJson.Clone(document) : document;
        JsonNode? value;
        if (!(copy ? path.TrySelect(document, out value) : path.TrySelectForReading(document, out value)))
            throw new StatesErrorException(StatesErrorNames.Runtime, $"Invalid path '{path.Text}' : No results for path: {path.NormalizedText}");
        return value;
    }

    /// <summary>ResultPath: null keeps the raw input, <c>$</c> replaces it, <c>$.a.b</c> writes into a copy of it.</summary>
    public static JsonNode? ApplyResultPath(PathField field, JsonNode? rawInput, JsonNode? result)
    {
        if (field.IsNull)
            return AslJson.Clone(rawInput);
        try
        {
            return ReferencePathWriter.Write(field.Path!, rawInput, result);
        }
        catch (InvalidOperationException e)
        {
            throw new StatesErrorException(StatesErrorNames.ResultPathMatchFailure, e.Message, e);
        }
    }

    /// <summary>
    /// A state's result to its output: ResultSelector (Task, Map, Parallel), then ResultPath and OutputPath; the state's Assign is
    /// evaluated over the selected result first and applied once the output is known, so the state never sees its own assignments.
    /// </summary>
    public static JsonNode? Complete(StateDefinition state, EvaluationScope scope, JsonNode? rawInput, JsonNode? result, Func<JsonNode?> context)
    {
        if (state.ResultSelector is not null)
            result = state.ResultSelector.Evaluate(scope.WithInput(result));
        var assigned = state.Assign?.Evaluate(scope.WithInput(result), state.Name);
        var output = Select(state.OutputPath, ApplyResultPath(state.ResultPath, rawInput, result), context);
        VariableScope.Assign(assigned, state.Name);
        return output;
    }

    /// <summary>
    /// True when <see cref="Select"/> through the field yields a part of the document (or <c>{}</c>): a reference path over the input,
    /// not the context object or a variable. Its JSON is then a substring of the document's, so within the limit whenever the document is.
    /// </summary>
    public static bool SelectsPart(PathField field) => field.Path is not { } path || (path.ReadsInput && path.IsReferencePath);

    public static JsonNode? CheckSize(JsonNode? payload, string stateName, string what)
    {
        Measure(payload, stateName, what);
        return payload;
    }

    /// <summary>
    /// The payload's size in bytes; States.DataLimitExceeded when it is over the limit, worded as AWS words it (AWS recording: localstack
    /// v2/error_handling/test_states_errors.snapshot.json: "The state/task 'State_1' returned a result with a size exceeding the maximum
    /// number of bytes service limit.").
    /// </summary>
    public static int Measure(JsonNode? payload, string stateName, string what)
    {
        var size = AslJson.SizeInBytes(payload);
        if (size > MaxPayloadBytes)
            throw new StatesErrorException(StatesErrorNames.DataLimitExceeded,
                $"The state/task '{stateName}' {what} with a size exceeding the maximum number of bytes service limit.");
        return size;
    }

    /// <summary>A catcher's error output: <c>{"Error","Cause"}</c>; a failure without a cause (a Fail state with no Cause) gives <c>"Cause": ""</c>, as on AWS.</summary>
    public static JsonObject ErrorOutput(StatesErrorException e) => new() { ["Error"] = e.Error, ["Cause"] = e.Cause ?? "" };
}
