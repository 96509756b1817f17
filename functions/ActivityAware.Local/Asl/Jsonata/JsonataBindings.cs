using System.Text.Json.Nodes;

namespace ActivityAware.Local.Asl.Jsonata;

/// <summary>The variables an evaluation starts with (names without '$') and the clock $now() and $millis() read.</summary>
public sealed class JsonataBindings
{
    public JsonataBindings(IReadOnlyDictionary<string, JsonNode?> variables, TimeProvider? clock = null)
    {
        Variables = variables;
        Clock = clock ?? TimeProvider.System;
    }

    public static JsonataBindings Empty { get; } = new(new Dictionary<string, JsonNode?>());

    public IReadOnlyDictionary<string, JsonNode?> Variables { get; }

    public TimeProvider Clock { get; }
}
