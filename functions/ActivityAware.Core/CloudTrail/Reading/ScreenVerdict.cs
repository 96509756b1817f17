namespace ActivityAware.Core.CloudTrail.Reading;

/// <summary>What an <see cref="IRecordScreen"/> decided about one record.</summary>
public enum ScreenVerdict
{
    /// <summary>The record is not wanted: it is counted, not copied.</summary>
    Rejected,
    /// <summary>The record is wanted, and the screen's question is already answered for it.</summary>
    Passed,
    /// <summary>The screen cannot decide this record from one pass; its consumer decides it the exact way.</summary>
    Undecided,
}
