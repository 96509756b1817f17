using System.Text.Json.Nodes;
using ActivityAware.Local.Asl.Choice;

namespace ActivityAware.Local.Asl.Definition;

/// <summary>
/// States in the JSONata query language (developer guide, "Transforming data with JSONata" and each state's page): Arguments, Output,
/// Assign, Choice Conditions, Map Items and ItemSelector; numeric and text fields take a literal or one <c>{% %}</c> expression.
/// </summary>
internal static class JsonataStateParser
{
    public static StateDefinition Parse(StateFieldReader f, StateType type, string? next, bool end)
    {
        // Only a Task, Map or Parallel has a result for its Output and Assign to read.
        var fields = type is StateType.Task or StateType.Map or StateType.Parallel ? StatesFields.Result : StatesFields.None;
        var common = new Common(f.Jsonata("Output", fields: fields), f.Has("Assign") ? TaskStateParser.JsonataAssign(f, "Assign", fields: fields) : null);
        return type switch
        {
            StateType.Task => Task(f, next, end, common),
            StateType.Pass => new StateDefinition
            {
                Name = f.StateName, Type = type, QueryLanguage = QueryLanguage.Jsonata, Next = next, End = end, Output = common.Output, Assign = common.Assign,
            },
            StateType.Choice => Choice(f, common),
            StateType.Wait => Wait(f, next, end, common),
            StateType.Succeed => new StateDefinition { Name = f.StateName, Type = type, QueryLanguage = QueryLanguage.Jsonata, End = true, Output = common.Output },
            StateType.Fail => Fail(f),
            StateType.Parallel => new StateDefinition
            {
                Name = f.StateName, Type = type, QueryLanguage = QueryLanguage.Jsonata, Next = next, End = end, Branches = CompositeStateParser.Branches(f),
                Arguments = f.Jsonata("Arguments"), Retry = TaskStateParser.Retry(f), Catch = TaskStateParser.Catch(f),
                Output = common.Output, Assign = common.Assign,
            },
            _ => Map(f, next, end, common),
        };
    }

    /// <summary>What every JSONata state but Fail may carry.</summary>
    private sealed record Common(JsonataTemplate? Output, VariableAssignment? Assign);

    private static StateDefinition Task(StateFieldReader f, string? next, bool end, Common common)
    {
        var timeoutExpression = f.JsonataOrInteger("TimeoutSeconds", 1, 99_999_999, out var timeout);
        var heartbeatExpression = f.JsonataOrInteger("HeartbeatSeconds", 1, 99_999_999, out var heartbeat);
        if (timeout is { } t && heartbeat is { } h && h >= t)
            throw f.Error("HeartbeatSeconds", $"must be smaller than TimeoutSeconds ({t})");
        return new StateDefinition
        {
            Name = f.StateName, Type = StateType.Task, QueryLanguage = QueryLanguage.Jsonata, Next = next, End = end, Resource = f.String("Resource", required: true),
            Output = common.Output, Assign = common.Assign,
            Arguments = f.Jsonata("Arguments"), Retry = TaskStateParser.Retry(f), Catch = TaskStateParser.Catch(f),
            TimeoutSeconds = timeout, TimeoutSecondsExpression = timeoutExpression, HeartbeatSeconds = heartbeat, HeartbeatSecondsExpression = heartbeatExpression,
        };
    }

    private static StateDefinition Choice(StateFieldReader f, Common common)
    {
        if (f.Raw("Choices") is not JsonArray { Count: > 0 } choices)
            throw f.Error("Choices", "a Choice state needs a non-empty Choices array");
        var branches = choices.Select((node, i) =>
        {
            var field = $"Choices[{i}]";
            if (node is not JsonObject rule)
                throw f.Error(field, "a choice rule must be an object");
            var r = new StateFieldReader(f.StateName, rule, f.MachineLanguage, QueryLanguage.Jsonata);
            foreach (var (key, _) in rule)
            {
                if (key is "Variable" or "And" or "Or" or "Not" || ComparisonOperators.All.ContainsKey(key))
                    throw f.Error($"{field}.{key}", $"The QueryLanguage is set to 'JSONata', but field '{key}' is only supported for the 'JSONPath' QueryLanguage; a JSONata choice rule is a Condition");
                if (key is not ("Condition" or "Next" or "Assign" or "Output" or "Comment"))
                    throw f.Error($"{field}.{key}", "unknown field in a JSONata choice rule; expected one of Condition, Next, Assign, Output, Comment");
            }
            r.String("Comment");
            var next = r.String("Next") ?? throw f.Error(field, "a top-level choice rule needs Next");
            var condition = rule["Condition"];
            if (!rule.ContainsKey("Condition") || !(JsonataText.IsExpression(condition) || AslJson.IsBoolean(condition)))
                throw f.Error($"{field}.Condition", "a JSONata choice rule needs a Condition: a {% %} expression or true or false");
            return new ChoiceBranch(null, next, Label(condition), rule.ContainsKey("Assign") ? TaskStateParser.JsonataAssign(r, $"{field}/Assign") : null)
            {
                Condition = Wrap(f, field, () => r.Jsonata("Condition", $"{field}/Condition")),
                Output = Wrap(f, field, () => r.Jsonata("Output", $"{field}/Output")),
            };
        }).ToList();
        return new StateDefinition
        {
            Name = f.StateName, Type = StateType.Choice, QueryLanguage = QueryLanguage.Jsonata, Choices = branches, Default = f.String("Default"),
            Output = common.Output, Assign = common.Assign,
        };
    }

    /// <summary>The rule's label for graphs: its expression (without the <c>{% %}</c>) or its literal.</summary>
    private static string Label(JsonNode? condition) => JsonataText.TryUnwrap(condition, out var text) ? text : AslJson.Serialize(condition);

    private static StateDefinition Wait(StateFieldReader f, string? next, bool end, Common common)
    {
        f.ExactlyOneOf("Seconds", "Timestamp");
        var secondsExpression = f.JsonataOrInteger("Seconds", 0, 99_999_999, out var seconds);
        JsonataTemplate? timestampExpression = null;
        DateTimeOffset? timestamp = null;
        if (JsonataText.IsExpression(f.Raw("Timestamp")))
            timestampExpression = f.Jsonata("Timestamp");
        else if (f.String("Timestamp") is { } text)
            timestamp = Rfc3339Timestamp.TryParse(text, out var t) ? t : throw f.Error("Timestamp", $"'{text}' is not an RFC 3339 timestamp such as 2016-03-14T01:59:00Z");
        return new StateDefinition
        {
            Name = f.StateName, Type = StateType.Wait, QueryLanguage = QueryLanguage.Jsonata, Next = next, End = end, Output = common.Output, Assign = common.Assign,
            Seconds = seconds, SecondsExpression = secondsExpression, Timestamp = timestamp, TimestampExpression = timestampExpression,
        };
    }

    private static StateDefinition Fail(StateFieldReader f)
    {
        var errorExpression = JsonataText.IsExpression(f.Raw("Error")) ? f.Jsonata("Error") : null;
        var causeExpression = JsonataText.IsExpression(f.Raw("Cause")) ? f.Jsonata("Cause") : null;
        return new StateDefinition
        {
            Name = f.StateName, Type = StateType.Fail, QueryLanguage = QueryLanguage.Jsonata, End = true,
            Error = errorExpression is null ? f.String("Error") : null, ErrorExpression = errorExpression,
            Cause = causeExpression is null ? f.String("Cause") : null, CauseExpression = causeExpression,
        };
    }

    private static StateDefinition Map(StateFieldReader f, string? next, bool end, Common common)
    {
        var items = f.Jsonata("Items");
        if (items is { IsLiteral: true, Literal: not JsonArray })
            throw f.Error("Items", $"must be a JSON array or a {{% %}} expression but is {AslJson.TypeName(items.Literal)}");
        var maxConcurrencyExpression = f.JsonataOrInteger("MaxConcurrency", 0, int.MaxValue, out var maxConcurrency);
        var countExpression = f.JsonataOrInteger("ToleratedFailureCount", 0, int.MaxValue, out var count);
        var percentageExpression = JsonataText.IsExpression(f.Raw("ToleratedFailurePercentage")) ? f.Jsonata("ToleratedFailurePercentage") : null;
        var (processor, distributed) = CompositeStateParser.ItemProcessor(f);
        if (distributed is not null)
            throw f.Error("ItemProcessor.ProcessorConfig.Mode", "a Distributed Map in the JSONata query language is not run by the local interpreter; use INLINE or a JSONPath Map");
        return new StateDefinition
        {
            Name = f.StateName, Type = StateType.Map, QueryLanguage = QueryLanguage.Jsonata, Next = next, End = end, Output = common.Output, Assign = common.Assign,
            ItemProcessor = processor, Items = items, JsonataItemSelector = f.Jsonata("ItemSelector"),
            MaxConcurrency = maxConcurrency ?? 0, MaxConcurrencyExpression = maxConcurrencyExpression,
            ToleratedFailureCount = count, ToleratedFailureCountExpression = countExpression,
            ToleratedFailurePercentage = percentageExpression is null ? CompositeStateParser.Percentage(f) : null,
            ToleratedFailurePercentageExpression = percentageExpression,
            Retry = TaskStateParser.Retry(f), Catch = TaskStateParser.Catch(f),
        };
    }

    private static T Wrap<T>(StateFieldReader f, string field, Func<T> read)
    {
        try
        {
            return read();
        }
        catch (AslDefinitionException e) when (e.Field is not null && e.InnerException is not JsonataFieldException)
        {
            throw f.Error($"{field}.{e.Field}", e.Message[(e.Message.IndexOf(": ", StringComparison.Ordinal) + 2)..], e);
        }
    }
}
