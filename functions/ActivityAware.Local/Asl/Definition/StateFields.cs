namespace ActivityAware.Local.Asl.Definition;

/// <summary>Which fields each state type accepts in each query language, and which known fields this interpreter does not run.</summary>
internal static class StateFields
{
    private static readonly string[] Common = ["Type", "Comment", "QueryLanguage"];
    private static readonly string[] Flow = ["Next", "End"];
    private static readonly string[] Io = ["InputPath", "OutputPath"];
    private static readonly string[] Result = ["ResultSelector", "ResultPath", "Retry", "Catch"];

    public static readonly IReadOnlyDictionary<StateType, HashSet<string>> Allowed = new Dictionary<StateType, HashSet<string>>
    {
        [StateType.Task] = Set(Flow, Io, Result, ["Assign", "Parameters", "Resource", "TimeoutSeconds", "TimeoutSecondsPath", "HeartbeatSeconds", "HeartbeatSecondsPath"]),
        [StateType.Pass] = Set(Flow, Io, ["Assign", "Parameters", "Result", "ResultPath"]),
        [StateType.Choice] = Set(Io, ["Assign", "Choices", "Default"]),
        [StateType.Wait] = Set(Flow, Io, ["Assign", "Seconds", "Timestamp", "SecondsPath", "TimestampPath"]),
        [StateType.Succeed] = Set(Io),
        [StateType.Fail] = Set(["Error", "Cause", "ErrorPath", "CausePath"]),
        [StateType.Parallel] = Set(Flow, Io, Result, ["Assign", "Parameters", "Branches"]),
        [StateType.Map] = Set(Flow, Io, Result, ["Assign", "ItemsPath", "ItemSelector", "Parameters", "ItemProcessor", "Iterator", "MaxConcurrency", "MaxConcurrencyPath",
            "ToleratedFailureCount", "ToleratedFailureCountPath", "ToleratedFailurePercentage", "ToleratedFailurePercentagePath",
            "ItemReader", "ItemBatcher", "ResultWriter", "Label"]),
    };

    private static readonly string[] JsonataResult = ["Output", "Assign", "Retry", "Catch"];

    /// <summary>The fields of a JSONata state of each type (the developer guide's state pages, "JSONata" columns).</summary>
    public static readonly IReadOnlyDictionary<StateType, HashSet<string>> AllowedJsonata = new Dictionary<StateType, HashSet<string>>
    {
        [StateType.Task] = Set(Flow, JsonataResult, ["Arguments", "Resource", "TimeoutSeconds", "HeartbeatSeconds"]),
        [StateType.Pass] = Set(Flow, ["Output", "Assign"]),
        [StateType.Choice] = Set(["Output", "Assign", "Choices", "Default"]),
        [StateType.Wait] = Set(Flow, ["Output", "Assign", "Seconds", "Timestamp"]),
        [StateType.Succeed] = Set(["Output"]),
        [StateType.Fail] = Set(["Error", "Cause"]),
        [StateType.Parallel] = Set(Flow, JsonataResult, ["Arguments", "Branches"]),
        [StateType.Map] = Set(Flow, JsonataResult, ["Items", "ItemSelector", "ItemProcessor", "Iterator", "MaxConcurrency",
            "ToleratedFailureCount", "ToleratedFailurePercentage"]),
    };

    public static IReadOnlyDictionary<StateType, HashSet<string>> For(QueryLanguage language) => language == QueryLanguage.Jsonata ? AllowedJsonata : Allowed;

    /// <summary>Fields AWS accepts that this interpreter does not implement; naming them beats "unknown field".</summary>
    public static readonly IReadOnlyDictionary<string, string> Unsupported = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Credentials"] = "cross-account task Credentials are not supported by the local interpreter",
    };

    private static HashSet<string> Set(params string[][] groups) => new(Common.Concat(groups.SelectMany(g => g)), StringComparer.Ordinal);
}
