namespace ActivityAware.Core.Pipeline;

/// <summary>The input of "Normalize event" is not a CloudTrail event in any shape we know. The class name is the ASL error name.</summary>
public sealed class UnsupportedEventShapeException(string message) : Exception(message);
