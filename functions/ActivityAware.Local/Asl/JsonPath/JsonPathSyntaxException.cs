namespace ActivityAware.Local.Asl.JsonPath;

/// <summary>A JSONPath expression that cannot be parsed; the message names the expression and the position.</summary>
public sealed class JsonPathSyntaxException(string message) : FormatException(message);
