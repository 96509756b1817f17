using ActivityAware.Local.Asl.JsonPath;

namespace ActivityAware.Local.Asl.Definition;

/// <summary>InputPath, OutputPath, ResultPath or ItemsPath: absent means <c>$</c>; JSON null is meaningful (empty object in, input kept).</summary>
public sealed class PathField
{
    public static readonly PathField Root = new(JsonPathExpression.Parse("$"));
    public static readonly PathField Null = new(null);

    public PathField(JsonPathExpression? path) => Path = path;

    /// <summary>The path, or null when the field was JSON null.</summary>
    public JsonPathExpression? Path { get; }

    public bool IsNull => Path is null;

    public override string ToString() => Path?.Text ?? "null";
}
