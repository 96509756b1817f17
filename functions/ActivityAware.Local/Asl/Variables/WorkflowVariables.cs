using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Nodes;

namespace ActivityAware.Local.Asl.Variables;

/// <summary>
/// The variables a JSONata expression sees: <c>$states</c>, then the workflow variables of <see cref="VariableScope.Current"/> and the scopes
/// around it, looked up where they are held rather than copied.
/// </summary>
internal sealed class WorkflowVariables(JsonObject states) : IReadOnlyDictionary<string, JsonNode?>
{
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out JsonNode? value)
    {
        if (key == VariableNames.Reserved)
        {
            value = states;
            return true;
        }
        if (VariableScope.Current is { } scope && scope.TryGet(key, out value))
            return true;
        value = null;
        return false;
    }

    public JsonNode? this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    public bool ContainsKey(string key) => TryGetValue(key, out _);

    public IEnumerable<string> Keys => this.Select(p => p.Key);

    public IEnumerable<JsonNode?> Values => this.Select(p => p.Value);

    public int Count => this.Count();

    public IEnumerator<KeyValuePair<string, JsonNode?>> GetEnumerator()
    {
        yield return new KeyValuePair<string, JsonNode?>(VariableNames.Reserved, states);
        if (VariableScope.Current is not { } scope)
            yield break;
        foreach (var pair in scope.Visible())
            yield return pair;
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
