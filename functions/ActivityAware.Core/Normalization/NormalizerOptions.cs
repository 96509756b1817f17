namespace ActivityAware.Core.Normalization;

/// <summary>
/// Bounds that keep one step payload far below the 256 KiB Step Functions limit, whatever the record carries:
/// each JSON field (requestParameters, responseElements, additionalEventData) and each free-text string is cut beyond its bound.
/// </summary>
public sealed record NormalizerOptions
{
    public int MaxJsonFieldBytes { get; init; } = 16 * 1024;
    public int MaxTextLength { get; init; } = 2048;
    public int MaxResources { get; init; } = 50;

    public static NormalizerOptions Default { get; } = new();
}
