namespace ActivityAware.Core.Enrichment;

/// <summary>A suggested IAM statement as JSON text, and a note when it is broader than it should be.</summary>
public sealed record PolicySuggestion(string StatementJson, string? Note);
