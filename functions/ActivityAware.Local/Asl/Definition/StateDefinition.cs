using System.Text.Json.Nodes;

namespace ActivityAware.Local.Asl.Definition;

/// <summary>One parsed, validated state. Fields that do not apply to <see cref="Type"/> stay at their defaults.</summary>
public sealed class StateDefinition
{
    public required string Name { get; init; }
    public required StateType Type { get; init; }

    /// <summary>The state's query language: its own QueryLanguage, else the machine's.</summary>
    public QueryLanguage QueryLanguage { get; init; }
    public string? Next { get; init; }
    public bool End { get; init; }

    public PathField InputPath { get; init; } = PathField.Root;
    public PathField OutputPath { get; init; } = PathField.Root;
    public PathField ResultPath { get; init; } = PathField.Root;
    public PayloadTemplate? Parameters { get; init; }
    public PayloadTemplate? ResultSelector { get; init; }
    public IReadOnlyList<Retrier> Retry { get; init; } = [];
    public IReadOnlyList<Catcher> Catch { get; init; } = [];

    /// <summary>
    /// What the state assigns when it succeeds (a Choice state: when no rule matches and it takes Default; a rule's own Assign otherwise).
    /// </summary>
    public VariableAssignment? Assign { get; init; }

    public string? Resource { get; init; }
    public int? TimeoutSeconds { get; init; }
    public ValueExpression? TimeoutSecondsPath { get; init; }
    public int? HeartbeatSeconds { get; init; }
    public ValueExpression? HeartbeatSecondsPath { get; init; }

    public bool HasResult { get; init; }
    public JsonNode? Result { get; init; }

    public IReadOnlyList<ChoiceBranch> Choices { get; init; } = [];
    public string? Default { get; init; }

    public int? Seconds { get; init; }
    public DateTimeOffset? Timestamp { get; init; }
    public ValueExpression? SecondsPath { get; init; }
    public ValueExpression? TimestampPath { get; init; }

    public string? Error { get; init; }
    public string? Cause { get; init; }
    public ValueExpression? ErrorPath { get; init; }
    public ValueExpression? CausePath { get; init; }

    public IReadOnlyList<StateGraph> Branches { get; init; } = [];

    public StateGraph? ItemProcessor { get; init; }
    public PathField ItemsPath { get; init; } = PathField.Root;
    public PayloadTemplate? ItemSelector { get; init; }
    public int MaxConcurrency { get; init; }
    public ValueExpression? MaxConcurrencyPath { get; init; }
    public int? ToleratedFailureCount { get; init; }
    public ValueExpression? ToleratedFailureCountPath { get; init; }
    public decimal? ToleratedFailurePercentage { get; init; }
    public ValueExpression? ToleratedFailurePercentagePath { get; init; }

    /// <summary>A Map state's Distributed mode settings; null for an inline Map.</summary>
    public DistributedMapDefinition? Distributed { get; init; }

    /// <summary>True when a Map state sets a failure threshold: failed iterations then count against it instead of failing the state.</summary>
    public bool ToleratesFailures => ToleratedFailureCount is not null || ToleratedFailureCountPath is not null
        || ToleratedFailurePercentage is not null || ToleratedFailurePercentagePath is not null
        || ToleratedFailureCountExpression is not null || ToleratedFailurePercentageExpression is not null;

    private bool? _assignsVariables;

    /// <summary>True when the state, one of its Catchers or one of its Choice rules assigns variables (worked out once: read per state run).</summary>
    public bool AssignsVariables => _assignsVariables ??= Assignments().Any();

    /// <summary>The variables the state can assign: its own Assign's, its Catchers' and its Choice rules'.</summary>
    public IEnumerable<string> AssignedNames() => Assignments().SelectMany(a => a.Names);

    private IEnumerable<VariableAssignment> Assignments() =>
        new[] { Assign }.Concat(Catch.Select(c => c.Assign)).Concat(Choices.Select(c => c.Assign)).OfType<VariableAssignment>();

    /// <summary>The states this one can transition to: Next, Default, every Choice and Catch target.</summary>
    public IEnumerable<string> Transitions()
    {
        if (Next is not null)
            yield return Next;
        if (Default is not null)
            yield return Default;
        foreach (var choice in Choices)
            yield return choice.Next;
        foreach (var catcher in Catch)
            yield return catcher.Next;
    }

    /// <summary>JSONata: a Task's or Parallel's Arguments (the resource's payload, the branches' input); null: the state input.</summary>
    public JsonataTemplate? Arguments { get; init; }

    /// <summary>JSONata: the state's output; null: the result (Task, Map, Parallel) or the input (Pass, Choice, Wait, Succeed).</summary>
    public JsonataTemplate? Output { get; init; }

    /// <summary>JSONata: a Map's Items (null: the input); its ItemSelector.</summary>
    public JsonataTemplate? Items { get; init; }

    public JsonataTemplate? JsonataItemSelector { get; init; }

    /// <summary>
    /// JSONata fields given as <c>{% %}</c> expressions rather than literals (a literal is read at load into the field of the same name
    /// above: Seconds, Timestamp, TimeoutSeconds, HeartbeatSeconds, MaxConcurrency, ToleratedFailure*, Error, Cause).
    /// </summary>
    public JsonataTemplate? SecondsExpression { get; init; }

    public JsonataTemplate? TimestampExpression { get; init; }
    public JsonataTemplate? TimeoutSecondsExpression { get; init; }
    public JsonataTemplate? HeartbeatSecondsExpression { get; init; }
    public JsonataTemplate? MaxConcurrencyExpression { get; init; }
    public JsonataTemplate? ToleratedFailureCountExpression { get; init; }
    public JsonataTemplate? ToleratedFailurePercentageExpression { get; init; }
    public JsonataTemplate? ErrorExpression { get; init; }
    public JsonataTemplate? CauseExpression { get; init; }

    public IEnumerable<StateGraph> NestedGraphs() => ItemProcessor is null ? Branches : [.. Branches, ItemProcessor];
}
