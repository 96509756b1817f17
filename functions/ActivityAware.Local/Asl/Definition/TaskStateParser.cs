using System.Text.Json.Nodes;

namespace ActivityAware.Local.Asl.Definition;

/// <summary>Task states and the Retry / Catch arrays that Task, Parallel and Map share.</summary>
internal static class TaskStateParser
{
    public static StateDefinition Parse(StateFieldReader f, string? next, bool end)
    {
        f.AtMostOneOf("TimeoutSeconds", "TimeoutSecondsPath");
        f.AtMostOneOf("HeartbeatSeconds", "HeartbeatSecondsPath");
        var timeout = f.Integer("TimeoutSeconds", 1, 99_999_999);
        var heartbeat = f.Integer("HeartbeatSeconds", 1, 99_999_999);
        if (timeout is { } t && heartbeat is { } h && h >= t)
            throw f.Error("HeartbeatSeconds", $"must be smaller than TimeoutSeconds ({t})");
        return new StateDefinition
        {
            Name = f.StateName, Type = StateType.Task, Next = next, End = end,
            Resource = f.String("Resource", required: true),
            InputPath = f.PathField("InputPath", false), OutputPath = f.PathField("OutputPath", false),
            ResultPath = f.PathField("ResultPath", true), Parameters = f.Template("Parameters"),
            ResultSelector = f.Template("ResultSelector"), Retry = Retry(f), Catch = Catch(f), Assign = f.Assign(),
            TimeoutSeconds = timeout, TimeoutSecondsPath = f.Expression("TimeoutSecondsPath", false),
            HeartbeatSeconds = heartbeat, HeartbeatSecondsPath = f.Expression("HeartbeatSecondsPath", false),
        };
    }

    public static IReadOnlyList<Retrier> Retry(StateFieldReader f)
    {
        var items = Array(f, "Retry");
        return items.Select((node, i) =>
        {
            var field = $"Retry[{i}]";
            var r = Object(f, node, field);
            var allowed = new[] { "ErrorEquals", "IntervalSeconds", "MaxAttempts", "BackoffRate", "MaxDelaySeconds", "JitterStrategy", "Comment" };
            CheckKeys(f, r, field, allowed);
            Wrap(f, field, () => r.String("Comment"));
            var errors = ErrorEquals(f, r, field, isLast: i == items.Count - 1);
            var jitter = r.String("JitterStrategy") switch
            {
                null or "NONE" => JitterStrategy.None,
                "FULL" => JitterStrategy.Full,
                var other => throw f.Error($"{field}.JitterStrategy", $"must be FULL or NONE but is '{other}'"),
            };
            double backoff = 2.0;
            if (r.Has("BackoffRate"))
            {
                if (!AslJson.TryGetNumber(r.Raw("BackoffRate"), out var rate) || rate < 1.0m)
                    throw f.Error($"{field}.BackoffRate", $"must be a number >= 1.0 but is {AslJson.Serialize(r.Raw("BackoffRate"))}");
                backoff = (double)rate;
            }
            return new Retrier(errors, Wrap(f, field, () => r.Integer("IntervalSeconds", 1, 99_999_999)) ?? 1,
                Wrap(f, field, () => r.Integer("MaxAttempts", 0, 99_999_999)) ?? 3, backoff,
                Wrap(f, field, () => r.Integer("MaxDelaySeconds", 1, 31_622_400)), jitter);
        }).ToList();
    }

    public static IReadOnlyList<Catcher> Catch(StateFieldReader f)
    {
        var items = Array(f, "Catch");
        return items.Select((node, i) =>
        {
            var field = $"Catch[{i}]";
            var c = Object(f, node, field);
            var jsonata = f.Language == QueryLanguage.Jsonata;
            foreach (var key in c.Keys())
            {
                if (QueryLanguageFields.Mismatch(key, f.Language) is { } mismatch)
                    throw f.Error($"{field}.{key}", mismatch);
            }
            CheckKeys(f, c, field, jsonata ? ["ErrorEquals", "Next", "Output", "Assign", "Comment"] : ["ErrorEquals", "Next", "ResultPath", "Assign", "Comment"]);
            Wrap(f, field, () => c.String("Comment"));
            var errors = ErrorEquals(f, c, field, isLast: i == items.Count - 1);
            var next = Wrap(f, field, () => c.String("Next", required: true))!;
            if (!jsonata)
                return new Catcher(errors, next, Wrap(f, field, () => c.PathField("ResultPath", reference: true)), Wrap(f, field, () => c.Assign()));
            var location = $"Catch[{i}]";
            var assign = c.Has("Assign") ? Wrap(f, field, () => JsonataAssign(c, $"{location}/Assign", fields: StatesFields.ErrorOutput)) : null;
            return new Catcher(errors, next, PathField.Root, assign) { Output = Wrap(f, field, () => c.Jsonata("Output", $"{location}/Output", StatesFields.ErrorOutput)) };
        }).ToList();
    }

    /// <summary>A JSONata state's (or Catcher's, or Choice rule's) Assign; <paramref name="location"/> names it in evaluation errors.</summary>
    public static VariableAssignment JsonataAssign(StateFieldReader f, string location, string field = "Assign", StatesFields fields = StatesFields.None)
    {
        try
        {
            return VariableAssignment.CompileJsonata(f.Raw(field), location, fields);
        }
        catch (JsonataFieldException e)
        {
            throw f.Error(e.Location, e.Message, e);
        }
        catch (FormatException e)
        {
            throw f.Error(field, e.Message, e);
        }
    }

    private static JsonArray Array(StateFieldReader f, string field) => f.Raw(field) switch
    {
        null when !f.Has(field) => [],
        JsonArray a => a,
        var other => throw f.Error(field, $"must be an array but is {AslJson.TypeName(other)}"),
    };

    private static StateFieldReader Object(StateFieldReader f, JsonNode? node, string field) =>
        node is JsonObject o ? new StateFieldReader(f.StateName, o) : throw f.Error(field, "must be an object");

    private static void CheckKeys(StateFieldReader f, StateFieldReader item, string field, string[] allowed)
    {
        foreach (var key in item.Keys().Where(k => !allowed.Contains(k)))
            throw f.Error($"{field}.{key}", $"unknown field; expected one of {string.Join(", ", allowed)}");
    }

    private static IReadOnlyList<string> ErrorEquals(StateFieldReader f, StateFieldReader item, string field, bool isLast)
    {
        if (item.Raw("ErrorEquals") is not JsonArray { Count: > 0 } names || !names.All(AslJson.IsString))
            throw f.Error($"{field}.ErrorEquals", "must be a non-empty array of error names");
        var list = names.Select(n => n!.GetValue<string>()).ToList();
        if (list.FirstOrDefault(n => n.StartsWith("States.", StringComparison.Ordinal) && !StatesErrorNames.Predefined.Contains(n)) is { } unknown)
            throw f.Error($"{field}.ErrorEquals", $"'{unknown}' is not a predefined error name, and names starting with 'States.' are reserved for those; it can never match");
        if (list.Contains(StatesErrorNames.All) && (list.Count > 1 || !isLast))
            throw f.Error($"{field}.ErrorEquals", "States.ALL must appear alone in its ErrorEquals and only in the last entry");
        return list;
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
