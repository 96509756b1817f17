namespace ActivityAware.Core.Enrichment;

/// <summary>Why AWS denied a call, as read from its error message, with an explanation a person can act on.</summary>
public sealed record DenialReason(string Code, string Explanation)
{
    public const string Unknown = "unknown";
}
