using System.Globalization;
using System.Text.Json.Nodes;

namespace ActivityAware.Core.Rules.Patterns;

/// <summary>
/// A JSON-shaped value that remembers where it came from, so pattern errors can name file, line and column whether the
/// pattern was written in YAML (rule files) or JSON (the pushdown pattern).
/// </summary>
public sealed class PatternNode
{
    private PatternNode(PatternNodeKind kind, SourcePosition position)
    {
        Kind = kind;
        Position = position;
    }

    public PatternNodeKind Kind { get; }
    public SourcePosition Position { get; }
    public string Text { get; private init; } = "";
    public double Number { get; private init; }
    public bool Boolean { get; private init; }
    public IReadOnlyList<PatternProperty> Properties { get; private init; } = [];
    public IReadOnlyList<PatternNode> Items { get; private init; } = [];

    public static PatternNode String(string text, SourcePosition position = default) =>
        new(PatternNodeKind.String, position) { Text = text };

    public static PatternNode FromNumber(double number, string text, SourcePosition position = default) =>
        new(PatternNodeKind.Number, position) { Number = number, Text = text };

    public static PatternNode FromBoolean(bool value, SourcePosition position = default) =>
        new(PatternNodeKind.Boolean, position) { Boolean = value, Text = value ? "true" : "false" };

    public static PatternNode Null(SourcePosition position = default) => new(PatternNodeKind.Null, position) { Text = "null" };

    public static PatternNode Object(IReadOnlyList<PatternProperty> properties, SourcePosition position = default) =>
        new(PatternNodeKind.Object, position) { Properties = properties };

    public static PatternNode Array(IReadOnlyList<PatternNode> items, SourcePosition position = default) =>
        new(PatternNodeKind.Array, position) { Items = items };

    public bool IsScalar => Kind is PatternNodeKind.String or PatternNodeKind.Number or PatternNodeKind.Boolean or PatternNodeKind.Null;

    public JsonNode? ToJsonNode() => Kind switch
    {
        PatternNodeKind.Object => new JsonObject(Properties.Select(p => KeyValuePair.Create(p.Name, p.Value.ToJsonNode()))),
        PatternNodeKind.Array => new JsonArray(Items.Select(i => i.ToJsonNode()).ToArray()),
        PatternNodeKind.String => JsonValue.Create(Text),
        PatternNodeKind.Number => JsonNode.Parse(Text.Length > 0 ? Text : Number.ToString("R", CultureInfo.InvariantCulture)),
        PatternNodeKind.Boolean => JsonValue.Create(Boolean),
        _ => null,
    };
}
