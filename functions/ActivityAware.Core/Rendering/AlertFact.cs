namespace ActivityAware.Core.Rendering;

/// <summary>One labelled value of an alert message. The label is ours; the value may come from the event and must be escaped by the renderer.</summary>
public sealed record AlertFact(string Label, string Value);
