using System.Text.Json.Nodes;

namespace ActivityAware.Local.Asl.Definition;

/// <summary>Parallel and Map states: their nested graphs are parsed and validated like the top level.</summary>
internal static class CompositeStateParser
{
    public static StateDefinition ParseParallel(StateFieldReader f, string? next, bool end) =>
        new()
        {
            Name = f.StateName, Type = StateType.Parallel, Next = next, End = end, Branches = Branches(f),
            InputPath = f.PathField("InputPath", false), OutputPath = f.PathField("OutputPath", false),
            ResultPath = f.PathField("ResultPath", true), Parameters = f.Template("Parameters"),
            ResultSelector = f.Template("ResultSelector"), Retry = TaskStateParser.Retry(f), Catch = TaskStateParser.Catch(f), Assign = f.Assign(),
        };

    /// <summary>A Parallel state's branches, each parsed and validated like the top level.</summary>
    public static IReadOnlyList<StateGraph> Branches(StateFieldReader f)
    {
        if (f.Raw("Branches") is not JsonArray { Count: > 0 } branches)
            throw f.Error("Branches", "a Parallel state needs a non-empty Branches array");
        return branches.Select((b, i) => GraphParser.Parse(b, $"{f.StateName}.Branches[{i}]", f.MachineLanguage)).ToList();
    }

    public static StateDefinition ParseMap(StateFieldReader f, string? next, bool end)
    {
        f.AtMostOneOf("ItemSelector", "Parameters");
        f.AtMostOneOf("MaxConcurrency", "MaxConcurrencyPath");
        f.AtMostOneOf("ToleratedFailureCount", "ToleratedFailureCountPath");
        f.AtMostOneOf("ToleratedFailurePercentage", "ToleratedFailurePercentagePath");
        var (processor, distributed) = ItemProcessor(f);
        return new StateDefinition
        {
            Name = f.StateName, Type = StateType.Map, Next = next, End = end,
            ItemProcessor = processor,
            Distributed = distributed,
            ItemsPath = ItemsPath(f),
            ItemSelector = f.Template("ItemSelector") ?? f.Template("Parameters"),
            MaxConcurrency = f.Integer("MaxConcurrency", 0) ?? 0, MaxConcurrencyPath = f.Expression("MaxConcurrencyPath", false),
            ToleratedFailureCount = f.Integer("ToleratedFailureCount", 0), ToleratedFailureCountPath = f.Expression("ToleratedFailureCountPath", false),
            ToleratedFailurePercentage = Percentage(f), ToleratedFailurePercentagePath = f.Expression("ToleratedFailurePercentagePath", false),
            InputPath = f.PathField("InputPath", false), OutputPath = f.PathField("OutputPath", false),
            ResultPath = f.PathField("ResultPath", true),
            ResultSelector = f.Template("ResultSelector"), Retry = TaskStateParser.Retry(f), Catch = TaskStateParser.Catch(f), Assign = f.Assign(),
        };
    }

    /// <summary>The ItemProcessor (or legacy Iterator) graph of a Map state, and its Distributed mode settings (null: inline).</summary>
    public static (StateGraph Processor, DistributedMapDefinition? Distributed) ItemProcessor(StateFieldReader f)
    {
        f.ExactlyOneOf("ItemProcessor", "Iterator");
        var processorField = f.Has("ItemProcessor") ? "ItemProcessor" : "Iterator";
        var processor = f.Raw(processorField) as JsonObject ?? throw f.Error(processorField, "must be an object with StartAt and States");
        var distributed = DistributedMapParser.Parse(f, processorField, processor["ProcessorConfig"]);
        var graphObject = new JsonObject();
        foreach (var (key, value) in processor.Where(p => p.Key != "ProcessorConfig"))
            graphObject[key] = value?.DeepClone();
        return (GraphParser.Parse(graphObject, $"{f.StateName}.{processorField}", f.MachineLanguage), distributed);
    }

    /// <summary>The spec makes ItemsPath a Reference Path: it names one array, so wildcards, filters and slices are rejected.</summary>
    private static PathField ItemsPath(StateFieldReader f)
    {
        var field = f.PathField("ItemsPath", false);
        if (field.Path is { IsReferencePath: false } path)
            throw f.Error("ItemsPath", $"'{path.Text}' must be a reference path (field names and indices only)");
        return field;
    }

    internal static decimal? Percentage(StateFieldReader f)
    {
        if (!f.Has("ToleratedFailurePercentage"))
            return null;
        var node = f.Raw("ToleratedFailurePercentage");
        return AslJson.TryGetNumber(node, out var n) && n is >= 0 and <= 100
            ? n
            : throw f.Error("ToleratedFailurePercentage", $"must be a number between 0 and 100 but is {AslJson.Serialize(node)}");
    }
}
