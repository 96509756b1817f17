namespace ActivityAware.Core.Rendering;

/// <summary>The message of an email delivery item: recipients, a one-line subject, and HTML and text bodies with every event value encoded.</summary>
public sealed record EmailDocument(IReadOnlyList<string> To, string Subject, string Html, string Text);
