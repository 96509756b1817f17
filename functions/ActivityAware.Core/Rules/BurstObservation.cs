namespace ActivityAware.Core.Rules;

/// <summary>
/// One event counted toward a burst rule's threshold: the counter it goes to (<see cref="Key"/>: the rule and its group-by values), the
/// value it adds (the distinct field's value, or the event id when the rule counts events) and the threshold to reach within the window.
/// </summary>
public sealed record BurstObservation(string Key, string Value, int Threshold, int WindowSeconds, string Counted);
